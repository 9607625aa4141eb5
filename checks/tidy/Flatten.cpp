#include "Flatten.h"
