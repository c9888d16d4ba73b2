#include "core/models/commentlistmodel.h"
