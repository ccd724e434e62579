#ifndef TUSK_CBLAS_SHIM_H
#define TUSK_CBLAS_SHIM_H
#include <cblas.h>
/* OpenBLAS extensions used to size the thread pool. */
int openblas_get_num_threads(void);
void openblas_set_num_threads(int num_threads);
#endif
