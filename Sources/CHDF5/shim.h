#ifndef TUSK_CHDF5_SHIM_H
#define TUSK_CHDF5_SHIM_H
#include <hdf5.h>
#endif
