#include "core/models/ticketmodel.h"
