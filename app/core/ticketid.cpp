#include "core/ticketid.h"
