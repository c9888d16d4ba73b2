#include "core/apiclient.h"
