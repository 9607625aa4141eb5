#pragma once
#include "Rename.h"
