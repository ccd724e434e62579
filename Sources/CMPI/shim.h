#ifndef TUSK_CMPI_SHIM_H
#define TUSK_CMPI_SHIM_H
/* Open MPI's C API (pkg-config ompi-c). MPI's predefined handles (MPI_COMM_WORLD, MPI_FLOAT,
   MPI_SUM, ...) are macros that take the address of global structs, which Swift cannot import:
   these static inline functions return them. */
#include <mpi.h>

static inline MPI_Comm tusk_mpi_comm_world(void) { return MPI_COMM_WORLD; }
static inline MPI_Datatype tusk_mpi_float(void) { return MPI_FLOAT; }
static inline MPI_Datatype tusk_mpi_double(void) { return MPI_DOUBLE; }
static inline MPI_Datatype tusk_mpi_uint64(void) { return MPI_UINT64_T; }
static inline MPI_Datatype tusk_mpi_byte(void) { return MPI_BYTE; }
static inline MPI_Op tusk_mpi_max(void) { return MPI_MAX; }
static inline MPI_Op tusk_mpi_sum(void) { return MPI_SUM; }
static inline MPI_Errhandler tusk_mpi_errors_return(void) { return MPI_ERRORS_RETURN; }
static inline int tusk_mpi_success(void) { return MPI_SUCCESS; }
static inline int tusk_mpi_max_error_string(void) { return MPI_MAX_ERROR_STRING; }
static inline int tusk_mpi_thread_funneled(void) { return MPI_THREAD_FUNNELED; }

#endif
