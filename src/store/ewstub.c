/*
 * ewstub.c - placeholders for the early-warning API (khaldun.h, "early warning") while it is
 * built: each returns KHALDUN_ERR_ARG. Replaced by trend.c and src/warn.
 */
#include "store/store.h"

void khaldun_alert_params_default(khaldun_alert_params *p)
{
}

int khaldun_store_alerts(khaldun_store *s, const khaldun_alert_params *p,
			 int (*fn)(void *ctx, const khaldun_alert *a), void *ctx)
{
	return KHALDUN_ERR_ARG;
}
