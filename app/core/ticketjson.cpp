#include "core/ticketjson.h"
