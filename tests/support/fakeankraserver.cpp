#include "support/fakeankraserver.h"
