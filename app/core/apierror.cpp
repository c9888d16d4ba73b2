#include "core/apierror.h"
