/*
 * pg_put.c - the ingest on PostgreSQL: khaldun_store_has, khaldun_store_put, flush. Until the
 * write path lands, storing says it is not available (never a wrong answer).
 * Invariant: nothing is written outside a transaction holding the write lock (pg.h).
 */
#include "store/store.h"
#include "store/pg.h"
#include <string.h>

int pg_has(khaldun_store *s, const char *id, const char *source, int any)
{
	if (!id)
		return KHALDUN_ERR_ARG;
	const char *vals[2] = { id, source };
	PGresult *r = pg_query(s, "looking up a story", any
			       ? "SELECT 1 FROM story WHERE ext_id = $1 LIMIT 1"
			       : "SELECT 1 FROM story WHERE ext_id = $1"
				 " AND coalesce(source, '') = coalesce($2, '')", any ? 1 : 2, vals);
	if (!r)
		return KHALDUN_ERR_IO;
	int n = PQntuples(r) > 0;
	PQclear(r);
	return n;
}

int pg_put(khaldun_store *s, const khaldun_story *st, const khaldun_batch *b,
	   khaldun_ingest_result *res)
{
	return pg_unavailable(s, "storing stories");
}

int pg_flush(khaldun_store *s)
{
	return KHALDUN_OK;
}

void pg_batch_clear(khaldun_store *s)
{
}
