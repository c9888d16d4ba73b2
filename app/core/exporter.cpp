#include "core/exporter.h"
