/*
 * pg_lib.h - libpq, opened when a PostgreSQL store is first opened (pg_lib.c) rather than
 * linked: libpq and what it needs (Kerberos, LDAP, SASL, TLS: about 20 libraries) cost every
 * command ~8 M instructions and ~240 page faults at start-up, and only a postgresql:// --db
 * uses them. The files of this folder call libpq by its own names; after this header they
 * reach it through pg_lib, filled by pg_lib_open.
 * Invariant: no PQ function is called before pg_lib_open returned 0 (pg.c opens it before
 * any other call, on every path into a PostgreSQL store).
 */
#ifndef KH_PG_LIB_H
#define KH_PG_LIB_H
#include <libpq-fe.h>
#include <stddef.h>

#define PG_LIB_FNS(X) X(PQclear) X(PQcmdStatus) X(PQcmdTuples) X(PQconnectdbParams) \
	X(PQconninfoFree) X(PQconninfoParse) X(PQerrorMessage) X(PQexec) X(PQexecParams) \
	X(PQexecPrepared) X(PQfinish) X(PQfreemem) X(PQgetResult) X(PQgetisnull) \
	X(PQgetlength) X(PQgetvalue) X(PQntuples) X(PQprepare) X(PQputCopyData) \
	X(PQputCopyEnd) X(PQreset) X(PQresultErrorField) X(PQresultErrorMessage) \
	X(PQresultStatus) X(PQsetClientEncoding) X(PQsetNoticeProcessor) X(PQstatus) \
	X(PQtransactionStatus)

#define PG_LIB_MEMBER(f) __typeof__(f) *f;
typedef struct {
	PG_LIB_FNS(PG_LIB_MEMBER)
} pg_lib_fns;
#undef PG_LIB_MEMBER
extern pg_lib_fns pg_lib;

/* Opens libpq once (thread-safe). Returns 0, or -1 with why (dlopen's message) in err. */
int pg_lib_open(char *err, size_t n);

#ifndef PG_LIB_IMPL
#define PQclear pg_lib.PQclear
#define PQcmdStatus pg_lib.PQcmdStatus
#define PQcmdTuples pg_lib.PQcmdTuples
#define PQconnectdbParams pg_lib.PQconnectdbParams
#define PQconninfoFree pg_lib.PQconninfoFree
#define PQconninfoParse pg_lib.PQconninfoParse
#define PQerrorMessage pg_lib.PQerrorMessage
#define PQexec pg_lib.PQexec
#define PQexecParams pg_lib.PQexecParams
#define PQexecPrepared pg_lib.PQexecPrepared
#define PQfinish pg_lib.PQfinish
#define PQfreemem pg_lib.PQfreemem
#define PQgetResult pg_lib.PQgetResult
#define PQgetisnull pg_lib.PQgetisnull
#define PQgetlength pg_lib.PQgetlength
#define PQgetvalue pg_lib.PQgetvalue
#define PQntuples pg_lib.PQntuples
#define PQprepare pg_lib.PQprepare
#define PQputCopyData pg_lib.PQputCopyData
#define PQputCopyEnd pg_lib.PQputCopyEnd
#define PQreset pg_lib.PQreset
#define PQresultErrorField pg_lib.PQresultErrorField
#define PQresultErrorMessage pg_lib.PQresultErrorMessage
#define PQresultStatus pg_lib.PQresultStatus
#define PQsetClientEncoding pg_lib.PQsetClientEncoding
#define PQsetNoticeProcessor pg_lib.PQsetNoticeProcessor
#define PQstatus pg_lib.PQstatus
#define PQtransactionStatus pg_lib.PQtransactionStatus
#endif
#endif
