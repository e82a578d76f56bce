/*
 * pg_rec.h - a coded story kept as the PostgreSQL store writes it (pg_rec.c builds it, pg_put.c
 * writes it, again after a retry). Everything is copied into the store's batch arena.
 */
#ifndef KH_PG_REC_H
#define KH_PG_REC_H
#include "store/pg.h"
#include "store/dedup.h"

/* The event columns after cluster, story and sentence (pg_put.c's INSERT lists them). */
#define PG_EV_COLS 39
enum { PG_EV_DATE = 0, PG_EV_SOURCE = 1, PG_EV_TARGET = 5, PG_EV_CODE = 9 };

typedef struct {
	const char *text, *outcome;
	size_t first, n;         /* its events: ev rows first .. first + n */
} pg_sentence;

struct pg_record {
	const char *id, *source, *title, *url, *file, *line;   /* NULL: none */
	char iso[11];            /* the story's date, YYYY-MM-DD */
	long day;                /* ... YYYYMMDD */
	const char *dict_version;
	dedup_print print;
	size_t n_sent, n_ev;
	pg_sentence *sent;
	const char **ev;         /* n_ev rows of PG_EV_COLS values (NULL: SQL NULL) */
};

/* The record of story st coded into b (NULL: out of memory). */
pg_record *pg_rec_build(khaldun_store *s, const khaldun_story *st, const khaldun_batch *b);
/* The same without the dedup print (a recoded story: its text and print are stored already;
 * st gives its id, file and line for messages). */
pg_record *pg_rec_coded(khaldun_store *s, const khaldun_story *st, const khaldun_batch *b);
#endif
