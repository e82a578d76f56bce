/*
 * mhd_lib.h - libmicrohttpd, opened when `khaldun serve` starts a server (mhd_lib.c) rather
 * than linked: it and what it needs (GnuTLS, nettle, GMP, p11-kit, ...: about 10 libraries)
 * cost every command ~5 M instructions and ~170 page faults at start-up. http.c calls it by
 * its own names; after this header they reach it through mhd_lib, filled by mhd_lib_open.
 * Invariant: no MHD function is called before mhd_lib_open returned 0 (khaldun_server_new
 * opens it before starting the daemon; the other calls need a daemon).
 */
#ifndef KH_MHD_LIB_H
#define KH_MHD_LIB_H
#include <microhttpd.h>
#include <stddef.h>

#define MHD_LIB_FNS(X) X(MHD_create_response_from_buffer) X(MHD_add_response_header) \
	X(MHD_queue_response) X(MHD_destroy_response) X(MHD_get_connection_values) \
	X(MHD_start_daemon) X(MHD_get_daemon_info) X(MHD_stop_daemon)

#define MHD_LIB_MEMBER(f) __typeof__(f) *f;
typedef struct {
	MHD_LIB_FNS(MHD_LIB_MEMBER)
} mhd_lib_fns;
#undef MHD_LIB_MEMBER
extern mhd_lib_fns mhd_lib;

/* Opens libmicrohttpd once (thread-safe). Returns 0, or -1 with why in err. */
int mhd_lib_open(char *err, size_t n);

#ifndef MHD_LIB_IMPL
#define MHD_create_response_from_buffer mhd_lib.MHD_create_response_from_buffer
#define MHD_add_response_header mhd_lib.MHD_add_response_header
#define MHD_queue_response mhd_lib.MHD_queue_response
#define MHD_destroy_response mhd_lib.MHD_destroy_response
#define MHD_get_connection_values mhd_lib.MHD_get_connection_values
#define MHD_start_daemon mhd_lib.MHD_start_daemon
#define MHD_get_daemon_info mhd_lib.MHD_get_daemon_info
#define MHD_stop_daemon mhd_lib.MHD_stop_daemon
#endif
#endif
