/*
 * ctxbloc.c - story context (context.c) for the bodies a story is about: counts the
 * international bodies (IGO codes) and the armed groups (PAKREB, SOMINS, IMGMOSISI) its
 * actors name, and tells a bare "the bloc", "the regional body" (an IGO) or "the group",
 * "the militants" (an armed group) apart, so that such a phrase takes the story's body.
 * A bare "the court" is likewise the story's international court ("the U.N.'s top court ...
 * The court rejected Kenya's request": IGOUNOICJ, not a Kenyan court), and a bare "the
 * council" the story's body's council (a U.N. story's: IGOUNO). A description of a kind of
 * body ("the alliance", "the watchdog", "the bloc", "the group") is the last body of its kind
 * the story named (anaphor52).
 * Invariant: reads the sentence and the coder's story state; changes only the body counts
 * and the bodies named.
 */
#include "coder/sent.h"
#include <string.h>
#include <strings.h>

/* The kind of body a code names: CTX_IGO, CTX_ARMED (a non-state armed group: a
 * transnational militant group IMG..., or a country's REB, INS or UAF), CTX_NGO, or -1. */
static int body_kind(const char *code)
{
	if (!strncmp(code, "IGO", 3))
		return CTX_IGO;
	if (!strncmp(code, "NGO", 3))
		return CTX_NGO;
	if (!strncmp(code, "IMG", 3) || (strlen(code) >= 6 && (!strncmp(code + 3, "REB", 3) ||
			!strncmp(code + 3, "INS", 3) || !strncmp(code + 3, "UAF", 3))))
		return CTX_ARMED;
	return -1;
}

/* speech92: 1 when actor a's own entry names a body its agent left as it was: "the militant
 * group al-Shabab" (SOMINS under the agent of "militant group") is the group; "Kenyan rebels"
 * (KEN under ~REB) names none, nor a body's officials (an organ added to its code). */
static int own_body(const coder_sent *S, const coder_actor *a)
{
	const dict_dated_code *dc = dict_actor_code_on(a->ent->codes, S->date);
	return dc && dc->kind == CODE_EVENT && dc->ncodes && a->ncodes == 1 &&
	       body_kind(dc->codes[0]) >= 0 && !strcmp(dc->codes[0], a->codes[0]);
}

/* Counts the bodies of each kind (codes without an agent, or a body's own under one) this
 * sentence's live dictionary actors name; with other, returns 1 as soon as one of other's
 * kind differs from it. */
static int each_body(coder_sent *S, const char *other)
{
	coder_context *x = &S->c->ctx;
	int want = other ? body_kind(other) : -1;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || (a->agent && !own_body(S, a)) ||
		    !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			const char *code = a->codes[j];
			int kind = body_kind(code);
			if (kind < 0 || strlen(code) >= sizeof x->body[0][0])
				continue;
			if (other) {
				if (kind == want && strcmp(code, other))
					return 1;
				continue;
			}
			int m = 0;
			while (m < x->nbody[kind] && strcmp(x->body[kind][m], code))
				m++;
			if (m == x->nbody[kind]) {
				if (x->nbody[kind] == CONTEXT_IGOS)
					continue;
				strcpy(x->body[kind][x->nbody[kind]++], code);
			}
			x->body_count[kind][m]++;
		}
	}
	return 0;
}

static int court_code(const char *code);

/* 1 when text[0, n) is one of words, any case. */
static int one_of(const char *text, size_t n, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (n == strlen(words[k]) && !strncasecmp(text, words[k], n))
			return 1;
	return 0;
}

/* The kind of body a bare phrase names: CTX_IGO for "the bloc", "the 27-member bloc", "the
 * regional body", "the alliance", "the world body" (up to " of "); CTX_ARMED for the whole
 * phrase "the group", "the militant group", "the militants", "the rebels", "the outfit"
 * (not "the group of armed prisoners", nor "a group"); -1 for any other. */
int context_body_phrase(const char *text)
{
	static const char *const whole[] = { "regional body", "regional organization",
					     "regional organisation", "world body", "organization",
					     "organisation", NULL };
	static const char *const last[] = { "bloc", "alliance", "grouping", NULL };
	static const char *const armed[] = {
		"group", "militant group", "armed group", "terrorist group", "terror group",
		"extremist group", "jihadist group", "separatist group", "insurgent group",
		"rebel group", "militant organization", "terrorist organization",
		"militant outfit", "outfit", "militants", "rebels", "insurgents", "terrorists",
		"jihadists", "separatists", "extremists", "militia", "rebel movement", NULL };
	if (!text || strncasecmp(text, "the ", 4))
		return -1;
	text += 4;
	if (one_of(text, strlen(text), armed))
		return CTX_ARMED;
	const char *of = strstr(text, " of ");
	size_t n = of ? (size_t)(of - text) : strlen(text), words = 1;
	for (size_t i = 0; i < n; i++)
		words += text[i] == ' ';
	if (one_of(text, n, whole))
		return CTX_IGO;
	for (int k = 0; last[k] && words <= 3; k++) {
		size_t m = strlen(last[k]);
		if (n >= m && !strncasecmp(text + n - m, last[k], m) &&
		    (n == m || text[n - m - 1] == ' ' || text[n - m - 1] == '-'))
			return CTX_IGO;
	}
	return -1;
}

/* 1 when text is a bare council: "the council", "council members", "the council members",
 * "members of the council" (any case; the first three up to " of ", as the phrase may run on
 * into the event's noun: "accused the council of bias"), not "the city council": a council a
 * story names so is an organ of the international body it is about. */
int context_council_phrase(const char *text)
{
	static const char *const bare[] = { "the council", "council members",
					    "the council members", "members of the council", NULL };
	if (!text)
		return 0;
	const char *of = strstr(text, " of ");
	return one_of(text, strlen(text), bare) ||
	       (of && one_of(text, (size_t)(of - text), bare));
}

/* The code a bare council takes in a story about body: a U.N. agency's story
 * (IGOUNOKID, UNICEF) means the U.N.'s own council (the Security Council, the Human Rights
 * Council: IGOUNO), as no agency has one; any other body's council is that body's. */
const char *context_council_code(const char *body)
{
	return strncmp(body, "IGOUNO", 6) ? body : "IGOUNO";
}

/* The story's body of a kind: named at least twice (an armed group: once, if no other was)
 * and twice as often as any other of its kind, and no other of its kind named in this
 * sentence; NULL when none (*times: how often). */
const char *context_story_body(coder_sent *S, int kind, int *times)
{
	coder_context *x = &S->c->ctx;
	int best = -1, second = 0;
	for (int k = 0; k < x->nbody[kind]; k++) {
		int n = x->body_count[kind][k];
		if (best < 0 || n > x->body_count[kind][best]) {
			second = best >= 0 ? x->body_count[kind][best] : 0;
			best = k;
		} else if (n > second) {
			second = n;
		}
	}
	/* an armed group named once is the story's when it is the only one ("The militant
	 * group al-Shabab claimed the attack. The group frequently conducts bombings") */
	int least = kind == CTX_ARMED && !second ? 1 : 2;
	if (best < 0 || x->body_count[kind][best] < least ||
	    x->body_count[kind][best] < 2 * second || each_body(S, x->body[kind][best]))
		return NULL;
	*times = x->body_count[kind][best];
	return x->body[kind][best];
}

/* anaphor52: the kinds of body a description names, from the codes (dict/README-actors.md:
 * IGO + region + org, or IGO + org): an alliance of states (NATO, the CSTO, the Warsaw Pact,
 * the Alliance of Sahel States, ALBA); a bloc (a regional body other than a military alliance,
 * or a global one of member states: BRICS, the G7 and G20, the OIC, OPEC, the OAS, the
 * Commonwealth, the Non-Aligned Movement); an agency (a U.N. agency, IGOUNO + its sub-code,
 * or a treaty's watchdog: the OPCW, the test-ban body, the FATF); an armed group. */
enum { D_ALLIANCE, D_BLOC, D_AGENCY, D_ARMED };

/* 1 when the three letters at org are one of list's ("NATCSTWPO"). */
static int org_in(const char *org, const char *list)
{
	for (; *list; list += 3)
		if (!strncmp(org, list, 3))
			return 1;
	return 0;
}

/* 1 when code (a body's own, no organ after it) is of description kind d. */
static int code_of_kind(const char *code, int d)
{
	size_t n = strlen(code);
	if (d == D_ARMED)
		return body_kind(code) == CTX_ARMED;
	if (strncmp(code, "IGO", 3) || court_code(code))
		return 0;
	int un = !strncmp(code + 3, "UNO", 3);
	/* the org code: after IGO in a global body's, after the region in a regional one's;
	 * a sub-body's (IGOEUREECLEG, IGOWSTNATPKO, the OAS's rights body IGOOASHRI) is not
	 * the body */
	const char *org = n == 6 ? code + 3 : n == 9 && !un ? code + 6 : NULL;
	if (n == 9 && org && org_in(org, "HRIJUDLEGBNKPKOCOPGOVMILMED"))
		org = NULL;
	switch (d) {
	case D_ALLIANCE:
		return org && org_in(org, "NATCSTWPOAESALB");
	case D_BLOC:
		return org && (n == 9 ? !org_in(org, "NATCSTWPO") :
			       org_in(org, "BRCGOSGOEGTWGSSOICOPCOASCWNNON"));
	default:
		return (un && n > 6 && strcmp(code + n - 3, "PKO") && strcmp(code + 6, "WBK")) ||
		       (n == 6 && org_in(org, "OPWCTBFAT"));
	}
}

/* The kind a description names: "the alliance", "the military alliance", "the 32-member
 * alliance"; "the bloc", "the regional bloc", "the grouping"; "the watchdog", "the agency",
 * "the U.N. nuclear watchdog" (up to three words, up to " of "); the armed kind's whole
 * phrases ("the group", "the militants"); -1 for any other. "the union" (a trade union as
 * often), "the court" (context_story_court) and "the organization" (the story's dominant
 * body: apply_body) are left out. */
static int description_kind(const char *text)
{
	static const char *const head[] = { "alliance", "bloc", "grouping", "watchdog",
					    "agency", NULL };
	static const int kind[] = { D_ALLIANCE, D_BLOC, D_BLOC, D_AGENCY, D_AGENCY };
	if (!text || strncasecmp(text, "the ", 4))
		return -1;
	if (context_body_phrase(text) == CTX_ARMED)
		return D_ARMED;
	text += 4;
	const char *of = strstr(text, " of ");
	size_t n = of ? (size_t)(of - text) : strlen(text), words = 1;
	for (size_t i = 0; i < n; i++)
		words += text[i] == ' ';
	for (int k = 0; head[k] && words <= 3; k++) {
		size_t m = strlen(head[k]);
		if (n >= m && !strncasecmp(text + n - m, head[k], m) &&
		    (n == m || text[n - m - 1] == ' ' || text[n - m - 1] == '-'))
			return kind[k];
	}
	return -1;
}

/* The body's own code of actor a's code: without the agent's role ("NATO leaders":
 * IGOWSTNATGOV is IGOWSTNAT). */
static void own_code(coder_sent *S, const coder_actor *a, const char *code, char *out,
		     size_t size)
{
	snprintf(out, size, "%s", code);
	const char *ag = a->agent ? sent_agent_code(S, a->agent) : NULL;
	if (!ag || *ag != '~')
		return;
	size_t n = strlen(out), m = strlen(ag + 1);
	if (m && n > m && !strcmp(out + n - m, ag + 1))
		out[n - m] = 0;
}

/* Keeps the bodies this sentence's live actors name, in order, the latest last. */
static void keep_named(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			char code[24];
			own_code(S, a, a->codes[j], code, sizeof code);
			if (body_kind(code) != CTX_IGO && body_kind(code) != CTX_ARMED)
				continue;
			int m = 0;
			while (m < x->nnamed && strcmp(x->named[m], code))
				m++;
			if (m == CONTEXT_IGOS)
				m = 0;   /* full: the oldest goes */
			if (m < x->nnamed) {
				size_t after = (size_t)(x->nnamed - m - 1);
				memmove(x->named[m], x->named[m + 1], after * sizeof x->named[0]);
				memmove(&x->named_at[m], &x->named_at[m + 1],
					after * sizeof x->named_at[0]);
			} else {
				x->nnamed++;
			}
			strcpy(x->named[x->nnamed - 1], code);
			x->named_at[x->nnamed - 1] = x->sentences;
		}
	}
}

/* 1 when this sentence's live actors name a body of kind d other than code. */
static int names_other(coder_sent *S, int d, const char *code)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			char own[24];
			own_code(S, a, a->codes[j], own, sizeof own);
			if (code_of_kind(own, d) && strcmp(own, code))
				return 1;
		}
	}
	return 0;
}

/* The index in x->named of the body of kind d the story named last; -1 when none, or when
 * two of the kind were named together ("Al-Shabab and the Islamic State group both claimed
 * ... The group attacked": a description is either). */
static int last_named_of_kind(const coder_context *x, int d)
{
	for (int k = x->nnamed - 1; k >= 0; k--) {
		if (!code_of_kind(x->named[k], d))
			continue;
		for (int j = k - 1; j >= 0 && x->named_at[j] == x->named_at[k]; j--)
			if (code_of_kind(x->named[j], d))
				return -1;
		return k;
	}
	return -1;
}

const char *context_described_body(coder_sent *S, const char *text)
{
	const coder_context *x = &S->c->ctx;
	int d = description_kind(text);
	if (d < 0)
		return NULL;
	int k = last_named_of_kind(x, d);
	return k < 0 || names_other(S, d, x->named[k]) ? NULL : x->named[k];
}

/* anaphor53: what a description of an armed group with words before its noun says, "the
 * paramilitary force", "the Iran-backed group", "the Lebanese group": 0 when text is none
 * ("the" + words of the armed kind, an "X-backed" (-allied, -aligned) word, at most one
 * capitalised word (a nationality), then group, force, forces, militia, movement,
 * organization, faction, outfit; force, movement, faction and organization only after a word
 * of the armed kind, as "the Sudanese force" is as often the army, and force not after
 * "armed" alone: "the armed forces" are a state's); else 1, with
 * *nationality 1 when a capitalised word names the group's country. */
int context_armed_description(const char *text, int *nationality)
{
	static const char *const kind[] = { "militant", "paramilitary", "armed", "rebel",
					    "islamist", "jihadist", "separatist", "extremist",
					    "terrorist", "terror", "insurgent", "shiite", "sunni",
					    "banned", "outlawed", NULL };
	static const char *const heads[] = { "group", "militia", "outfit", "force", "forces",
					     "movement", "faction", "organization", NULL };
	if (!text || strncasecmp(text, "the ", 4))
		return 0;
	int armed = 0, words = 0, nat = 0;
	for (const char *w = text + 4; *w;) {
		const char *end = strchr(w, ' ');
		size_t n = end ? (size_t)(end - w) : strlen(w);
		if (!end) {
			for (int k = 0; heads[k]; k++)
				if (n == strlen(heads[k]) && !strncmp(w, heads[k], n)) {
					*nationality = nat;
					return words && (armed > 1 || (armed && k != 3 && k != 4) ||
							 k < 3);
				}
			return 0;
		}
		const char *dash = memchr(w, '-', n);
		if (one_of(w, n, kind))
			armed |= n == 5 && !strncasecmp(w, "armed", 5) ? 1 : 2;
		else if (dash && (!strncmp(dash, "-backed ", 8) || !strncmp(dash, "-allied ", 8) ||
				  !strncmp(dash, "-aligned ", 9)))
			armed |= 2;   /* the backer's country is never the group's */
		else if (*w >= 'A' && *w <= 'Z' && !nat)
			nat = 1;
		else
			return 0;
		if (++words > 3)
			return 0;
		w = end + 1;
	}
	return 0;
}

/* anaphor53: the armed group a description with words before its noun stands for: the one
 * this sentence names (when it names one: "rejected talks with the Rapid Support Forces,
 * vowing to fight until the paramilitary group is defeated": a copy in the coder's scratch,
 * which the sentence's events keep, not a static buffer, which the threads of -j N shared),
 * else the last one the story named (context_described_body); NULL when none. */
const char *context_armed_described(coder_sent *S, const char *text)
{
	char own[CONTEXT_CODE] = "";
	int nat = 0;
	if (!context_armed_description(text, &nat))
		return NULL;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			char code[CONTEXT_CODE];
			own_code(S, a, a->codes[j], code, sizeof code);
			if (!code_of_kind(code, D_ARMED))
				continue;
			if (own[0] && strcmp(own, code))
				return NULL;   /* two named: the description is either */
			strcpy(own, code);
		}
	}
	if (own[0])
		return arena_strdup(&S->c->scratch, own);
	const coder_context *x = &S->c->ctx;
	int k = last_named_of_kind(x, D_ARMED);
	return k < 0 ? NULL : x->named[k];
}

/* actors55: the bloc a bare plural of its members' roles stands for, "the ministers", "the
 * foreign ministers", "the leaders" (lower-case words, up to three, no " of "): a story
 * that has just named a bloc's meeting ("G7 foreign ministers met in Quebec. The ministers
 * condemned ...": IGOGOS) goes on about the same people; only a bloc the story named in this
 * sentence or one of the two before (a sentence about "they" may come between), and no other
 * bloc in this sentence; NULL when none. */
const char *context_bloc_members(coder_sent *S, const char *text)
{
	static const char *const role[] = { "ministers", "leaders", NULL };
	if (!text || strncasecmp(text, "the ", 4) || strstr(text, " of "))
		return NULL;
	text += 4;
	size_t n = strlen(text), words = 1;
	for (size_t i = 0; i < n; i++) {
		if (text[i] >= 'A' && text[i] <= 'Z')
			return NULL;
		words += text[i] == ' ';
	}
	int found = 0;
	for (int k = 0; role[k] && !found; k++) {
		size_t m = strlen(role[k]);
		found = n >= m && !strcmp(text + n - m, role[k]) &&
			(n == m || text[n - m - 1] == ' ');
	}
	const coder_context *x = &S->c->ctx;
	int k = found && words <= 3 ? last_named_of_kind(x, D_BLOC) : -1;
	if (k < 0 || x->named_at[k] + 2 < x->sentences || names_other(S, D_BLOC, x->named[k]))
		return NULL;
	return x->named[k];
}

void context_count_bodies(coder_sent *S)
{
	each_body(S, NULL);
	keep_named(S);
}

/* 1 when an IGO code is an international court: the ICJ, the ICC, the Permanent Court of
 * Arbitration, or a body's judiciary ("IGOEUREECJUD"). */
static int court_code(const char *code)
{
	size_t n = strlen(code);
	return !strncmp(code, "IGO", 3) && (strstr(code, "ICJ") || strstr(code, "ICC") ||
					    strstr(code, "PCA") ||
					    (n >= 6 && !strcmp(code + n - 3, "JUD")));
}

/* The international court the story's earlier sentences named, when they named one and no
 * other, and this sentence names no other; NULL when none. */
const char *context_story_court(coder_sent *S)
{
	const coder_context *x = &S->c->ctx;
	const char *court = NULL;
	for (int k = 0; k < x->nbody[CTX_IGO]; k++) {
		if (!court_code(x->body[CTX_IGO][k]))
			continue;
		if (court)
			return NULL;
		court = x->body[CTX_IGO][k];
	}
	for (int k = 0; court && k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++)
			if (court_code(a->codes[j]) && strcmp(a->codes[j], court))
				return NULL;
	}
	return court;
}

/* 1 when text is a bare "the court", "the tribunal" (or its possessive: "the court's
 * president, Judge ..."), not "the court in Nairobi" nor "the Kenyan court". */
int context_court_phrase(const char *text)
{
	static const char *const bare[] = { "the court", "the tribunal", NULL };
	for (int k = 0; text && bare[k]; k++) {
		size_t n = strlen(bare[k]);
		if (strncasecmp(text, bare[k], n))
			continue;
		const char *r = text + n;
		if (!*r || *r == ',' || poss_at(r))
			return 1;
	}
	return 0;
}

/* sectitle164: 1 when code is the UN's own or one of its agencies' ("IGOUNO", "IGOUNOKID"). */
static int un_code(const char *code)
{
	return !strncmp(code, "IGOUNO", 6);
}

/* sectitle164: for actor a coded as the UN's, 2 when it is the bare title "Secretary General"
 * (or "Secretary-General"), the words of its match the title's alone, no "U.N." or "UN"; 1
 * when the title comes with other words ("U.N. Secretary-General", "Secretary General of the
 * United Nations"); 0 when it names no secretary-general. */
static int un_title(const coder_sent *S, const coder_actor *a)
{
	if (a->pron_kind || !a->ent || a->ncodes != 1 || strcmp(a->codes[0], "IGOUNO") ||
	    a->pos < 0 || a->end >= S->nt || a->end < a->pos)
		return 0;
	int title = 0, other = 0;
	for (int i = a->pos; i <= a->end; i++) {
		const coder_tok *t = &S->t[i];
		if (tok_is(t, "SECRETARY") || tok_is(t, "SECRETARY-GENERAL"))
			title = 1;
		else if (!tok_is(t, "GENERAL") && !tok_is(t, "-"))
			other = 1;
	}
	return title ? 2 - other : 0;
}

/* sectitle164: the one body other than the UN (an IGO or NGO code) this sentence's live
 * dictionary actors name, into *un 1 when one names the UN itself; NULL when none or two. */
static const char *sentence_body(const coder_sent *S, int skip, int *un)
{
	const char *one = NULL;
	*un = 0;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (k == skip || a->pron_kind || !a->ent || a->ncodes != 1 || !sent_live(S, a->pos))
			continue;
		int kind = body_kind(a->codes[0]);
		if (kind != CTX_IGO && kind != CTX_NGO)
			continue;
		if (un_code(a->codes[0]))
			*un = 1;
		else if (one && strcmp(one, a->codes[0]))
			return NULL;
		else
			one = a->codes[0];
	}
	return one;
}

/* sectitle164: the one body other than the UN (an IGO or NGO code) the story named before;
 * NULL when none or two. */
static const char *story_body(const coder_context *x)
{
	static const int kinds[] = { CTX_IGO, CTX_NGO };
	const char *one = NULL;
	for (int j = 0; j < 2; j++)
		for (int m = 0, kind = kinds[j]; m < x->nbody[kind]; m++) {
			if (un_code(x->body[kind][m]))
				continue;
			if (one)
				return NULL;
			one = x->body[kind][m];
		}
	return one;
}

/* sectitle164: a title many bodies share, "Secretary General", read bare as the UN's, takes
 * the body named with it instead: the one other body of the sentence ("Secretary General
 * Jane Doe of the Norwegian Refugee Council"), else, when the sentence names no UN, the one
 * body other than the UN the story named before ("The head of Doctors Without Borders (MSF)
 * told the council ... / ..., said Secretary General Christopher Lockyear": NGOHLHMSF). The
 * UN keeps it when the sentence names the UN, when the story named the UN's secretary-general
 * before ("U.N. Secretary-General Antonio Guterres ... / The secretary-general urged ..."), or
 * when no other body is in reach. */
void context_shared_titles(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	for (int k = 0; k < S->na; k++) {
		coder_actor *a = &S->a[k];
		int title = un_title(S, a);
		if (title == 1 && x->on)
			x->un_chief = 1;
		if (title != 2)
			continue;
		int un = 0;
		const char *body = sentence_body(S, k, &un);
		if (!body && !un && !x->un_chief)
			body = story_body(x);
		if (!body)
			continue;
		char *c = arena_strdup(&S->c->scratch, body);
		if (!c || actors_set_code(S, a, c))
			continue;
	}
}
