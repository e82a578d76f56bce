/*
 * ewstub.c - placeholders for the early-warning API (khaldun.h, "early warning") while it is
 * built: each returns KHALDUN_ERR_ARG. Replaced by import.c and trend.c.
 */
#include "store/store.h"

int khaldun_store_import(khaldun_store *s, FILE *fp, const char *name,
			 enum khaldun_import_format fmt, const char *dataset,
			 khaldun_import_result *res)
{
	return KHALDUN_ERR_ARG;
}

int khaldun_store_trend(khaldun_store *s, const khaldun_trend_query *q,
			int (*fn)(void *ctx, const khaldun_trend_row *r), void *ctx)
{
	return KHALDUN_ERR_ARG;
}

void khaldun_alert_params_default(khaldun_alert_params *p)
{
}

int khaldun_store_alerts(khaldun_store *s, const khaldun_alert_params *p,
			 int (*fn)(void *ctx, const khaldun_alert *a), void *ctx)
{
	return KHALDUN_ERR_ARG;
}
