#include "core/localhttpserver.h"
