#include "gui/mainwindow.h"
