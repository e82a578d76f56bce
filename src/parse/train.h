/*
 * train.h - training and scoring internals shared by src/parse/train.c and src/parse/api.c.
 */
#ifndef KH_PARSE_TRAIN_H
#define KH_PARSE_TRAIN_H
#include "khaldun.h"
#include "parse/parse.h"

typedef struct {
	int tagger_epochs, parser_epochs;   /* at most; dev early stopping may stop sooner */
	int jackknife;                      /* folds for the parser's training tags; 0: gold */
	float prune;                        /* parser weights with smaller |w| are dropped */
	float select;                       /* then parser features of a smaller sum |w| */
	uint8_t **train_tags;               /* internal: per training sentence, or NULL */
} khaldun_train_options;

/* Tags and parses one gold sentence with m and adds the comparison to sc: 0, or -1 when out
 * of memory (sc unchanged). */
int parse_score_sentence(const parse_model *m, const parse_word *w, const uint8_t *gtag,
			 const int *ghead, const char *const *glabel, size_t n,
			 khaldun_parse_score *sc);
int parse_train_model(parse_model *m, const char *ud_dir, unsigned long seed,
		      khaldun_train_options *o, diag_sink *ds);
#endif
