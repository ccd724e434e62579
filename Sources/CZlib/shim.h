#ifndef TUSK_CZLIB_SHIM_H
#define TUSK_CZLIB_SHIM_H
/* zlib (Debian `zlib1g-dev`): deflate for the PNG encoder, inflate for the tests' decoder. */
#include <zlib.h>
#endif
