#include "core/models/attachmenttablemodel.h"
