/*
 * rss.c - news feeds (KHALDUN_FMT_RSS): RSS 2.0, RSS 1.0 (RDF) and Atom, told apart by what
 * they hold (<item> or <entry> elements), parsed with libxml2 (no network, no entity loading).
 * Each item is one story: id from <guid>/<id>, else <link>, else "<file>#<n>"; text from the
 * longest of content:encoded, <content>, <description>, <summary> (HTML in them becomes text,
 * see html.h); date from <published>, <pubDate>, <dc:date> or <updated> (RFC 822 or ISO 8601);
 * title, link, and the channel's title as the story's source.
 * Invariants: the whole feed is read at the first call (at most limits.document bytes) and the
 * document freed at once; an XML error or a broken item is reported with its line and the item's
 * number, and the other items are still read.
 */
#include "read/html.h"
#include "read/reader.h"
#include "base/buf.h"
#include "base/date.h"
#include "read/xml_lib.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define FEED_MAX_XML_ERRORS 5

typedef struct {
	const char *id, *title, *text, *url;
	size_t text_len;
	long date, line;
	size_t number;        /* 1-based position in the feed */
	int bad;              /* reported; skipped */
} feed_item;

typedef struct {
	arena a;
	feed_item *items;
	size_t n, cap, next;
	int loaded;
	const char *channel;
	khaldun_reader *r;
	int xml_errors;
	int too_big;          /* content() refused an entity expansion in the current item */
} feed_state;

static void feed_state_free(void *p)
{
	feed_state *s = p;
	if (!s)
		return;
	arena_free(&s->a);
	free(s->items);
	free(s);
}

static int named(const xmlNode *nd, const char *name)
{
	return nd && nd->type == XML_ELEMENT_NODE && nd->name
		&& !strcasecmp((const char *)nd->name, name);
}

static int prefixed(const xmlNode *nd, const char *prefix)
{
	return nd->ns && nd->ns->prefix && !strcmp((const char *)nd->ns->prefix, prefix);
}

static const char *prop(const xmlNode *nd, const char *name)
{
	for (const xmlAttr *a = nd->properties; a; a = a->next)
		if (a->name && !strcasecmp((const char *)a->name, name))
			return a->children && a->children->content
				? (const char *)a->children->content : "";
	return NULL;
}

/* The size of nd's children's text with entity references expanded, counted without
 * expanding them and given up past `limit` (internal entities are kept as references, since
 * XML_PARSE_NOENT is off: one 46 KB entity used 20,000 times would otherwise make ~1 GB). */
static size_t expanded_size(const xmlNode *nd, size_t limit, int depth)
{
	size_t n = 0;
	if (depth > 32)
		return limit + 1;
	for (; nd && n <= limit; nd = nd->next) {
		if (nd->type == XML_TEXT_NODE || nd->type == XML_CDATA_SECTION_NODE)
			n += nd->content ? strlen((const char *)nd->content) : 0;
		else if (nd->type == XML_ENTITY_REF_NODE) {
			const xmlEntity *e = (const xmlEntity *)nd->children;
			if (e && e->children)
				n += expanded_size(e->children, limit - n, depth + 1);
			else if (e && e->content)
				n += strlen((const char *)e->content);
		} else if (nd->type == XML_ELEMENT_NODE)
			n += expanded_size(nd->children, limit - n, depth + 1);
	}
	return n;
}

/* The element's text content, trimmed, copied into the arena (NULL when empty, or when its
 * entities would expand past limits.entity: then reported and s->too_big set). */
static const char *content(feed_state *s, const xmlNode *nd)
{
	size_t max = s->r->limits.entity;
	if (expanded_size(nd->children, max, 0) > max) {
		read_report(s->r, KHALDUN_ERROR, xmlGetLineNo(nd), 0, 0,
			    "<%s>: XML entities expand past %s (limit entity); not expanded",
			    (const char *)nd->name, read_size(s->r, max));
		s->too_big = 1;
		return NULL;
	}
	xmlChar *c = xmlNodeGetContent(nd);
	if (!c)
		return NULL;
	const char *p = (const char *)c;
	size_t n = strlen(p);
	while (n && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++, n--;
	while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\n' || p[n - 1] == '\r'))
		n--;
	const char *r = n ? arena_strndup(&s->a, p, n) : NULL;
	xmlFree(c);
	return r;
}

/* HTML (or plain text) -> story text in the arena; *len set. NULL when no text. */
static const char *to_text(feed_state *s, const char *html, size_t *len)
{
	buf b;
	buf_init(&b, 3 * s->r->limits.entity);
	const char *r = NULL;
	*len = 0;
	if (html && !html_to_text(html, strlen(html), 0, 1, &b, NULL, &s->a) && b.len) {
		r = arena_strndup(&s->a, b.p, b.len);
		*len = r ? b.len : 0;
	}
	buf_free(&b);
	return r;
}

static void xml_error(void *user, xmlErrorPtr e)
{
	xmlParserCtxtPtr ctxt = user;
	feed_state *s = ctxt ? ctxt->_private : NULL;
	if (!s || !e || e->level < XML_ERR_ERROR)
		return;
	if (++s->xml_errors > FEED_MAX_XML_ERRORS) {
		if (s->xml_errors == FEED_MAX_XML_ERRORS + 1)
			read_report(s->r, KHALDUN_ERROR, 0, 0, 0, "further XML errors not shown");
		return;
	}
	char msg[256];
	snprintf(msg, sizeof msg, "%s", e->message ? e->message : "XML error");
	size_t n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = 0;
	read_report(s->r, KHALDUN_ERROR, e->line, e->int2, 0, "XML: %s (reading what can be read)",
		    msg);
}

static void read_item(feed_state *s, const xmlNode *item, feed_item *it)
{
	const char *guid = NULL, *link = NULL, *body = NULL, *title = NULL;
	size_t body_len = 0;
	int body_plain = 0;
	long published = 0, updated = 0;
	s->too_big = 0;
	for (const xmlNode *c = item->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (named(c, "title")) {
			title = content(s, c);
		} else if (named(c, "guid") || (named(c, "id") && !prefixed(c, "dc"))) {
			guid = content(s, c);
		} else if (named(c, "link")) {
			const char *href = prop(c, "href"), *rel = prop(c, "rel");
			if (href && *href && (!rel || !strcasecmp(rel, "alternate")) && !link)
				link = arena_strdup(&s->a, href);
			else if (!href && !link)
				link = content(s, c);
		} else if (named(c, "description") || named(c, "summary") || named(c, "content")
			   || named(c, "encoded")) {
			const char *v = content(s, c), *type = prop(c, "type");
			size_t n = v ? strlen(v) : 0;
			if (n > body_len) {
				body = v;
				body_len = n;
				body_plain = type && !strcasecmp(type, "text");
			}
		} else if (named(c, "published") || named(c, "pubDate") || named(c, "issued")
			   || (named(c, "date") && prefixed(c, "dc"))) {
			const char *v = content(s, c);
			if (v && !published && !(published = date_parse_web(v, strlen(v))))
				read_report(s->r, KHALDUN_WARNING, xmlGetLineNo(c), 0, 0,
					    "item %zu: unreadable date \"%.40s\"", it->number, v);
		} else if (named(c, "updated") || named(c, "modified")) {
			const char *v = content(s, c);
			if (v && !updated)
				updated = date_parse_web(v, strlen(v));
		}
	}
	it->title = title && strchr(title, '<') ? to_text(s, title, &body_len) : title;
	if (body && body_plain) {
		it->text = body;
		it->text_len = strlen(body);
	} else if (body) {
		it->text = to_text(s, body, &it->text_len);
	}
	it->date = published ? published : updated;
	it->url = link;
	it->id = guid ? guid : link;
	it->bad = s->too_big;
}

/* Collects <item>/<entry> elements under nd (a channel or the root), to depth 3. */
static int collect(feed_state *s, const xmlNode *nd, int depth)
{
	for (; nd; nd = nd->next) {
		if (nd->type != XML_ELEMENT_NODE)
			continue;
		if (named(nd, "item") || named(nd, "entry")) {
			if (buf_grow_array(&s->items, &s->cap, s->n, sizeof *s->items, 16))
				return -1;
			feed_item *it = &s->items[s->n++];
			memset(it, 0, sizeof *it);
			it->number = s->n;
			it->line = xmlGetLineNo(nd);
			read_item(s, nd, it);
		} else if (named(nd, "title") && !s->channel && depth <= 1) {
			s->channel = content(s, nd);
		} else if (depth < 3 &&
			   (named(nd, "channel") || named(nd, "feed") || named(nd, "rss")
					 || named(nd, "RDF"))) {
			if (collect(s, nd->children, depth + 1))
				return -1;
		}
	}
	return 0;
}

static int load(khaldun_reader *r, feed_state *s)
{
	buf raw;
	buf_init(&raw, r->limits.document);
	if (read_whole(r, &raw)) {
		buf_free(&raw);
		r->skipped++;
		return r->io_error ? KHALDUN_ERR_IO : 0;
	}
	if (!html_lib_ready(r)) {
		buf_free(&raw);
		return 0;
	}
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	if (!ctxt) {
		buf_free(&raw);
		return KHALDUN_ERR_NOMEM;
	}
	ctxt->_private = s;
	ctxt->sax->serror = xml_error;
	ctxt->sax->initialized = XML_SAX2_MAGIC;
	xmlDocPtr doc = xmlCtxtReadMemory(ctxt, raw.p, (int)raw.len, NULL, NULL,
					  XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOCDATA);
	buf_free(&raw);
	int rc = 0;
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root) {
		read_report(r, KHALDUN_ERROR, 0, 0, 0, "not a feed: no XML document could be read");
		r->skipped++;
	} else if (!named(root, "rss") && !named(root, "feed") && !named(root, "RDF")) {
		read_report(r, KHALDUN_ERROR, xmlGetLineNo(root), 0, 0,
			    "not a feed: the root element is <%s> (expected <rss>, "
			    "<feed> or <rdf:RDF>)",
			    (const char *)root->name);
		r->skipped++;
	} else {
		if (collect(s, root, 0))
			rc = KHALDUN_ERR_NOMEM;
		else if (!s->n)
			read_report(r, KHALDUN_WARNING, 0, 0, 0, "the feed has no items");
	}
	if (s->xml_errors && root)
		/* what followed the damage may be lost: the feed counts as broken */
		r->skipped++;
	if (doc)
		xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	return rc;
}

int feed_next(khaldun_reader *r, khaldun_story *out)
{
	feed_state *s = r->state;
	if (!s) {
		s = calloc(1, sizeof *s);
		if (!s)
			return KHALDUN_ERR_NOMEM;
		arena_init(&s->a, 65536);
		s->r = r;
		r->state = s;
		r->state_free = feed_state_free;
	}
	if (!s->loaded) {
		s->loaded = 1;
		int rc = load(r, s);
		if (rc)
			return rc;
	}
	while (s->next < s->n) {
		feed_item *it = &s->items[s->next++];
		const char *shown = it->title ? it->title : it->id ? it->id : "";
		if (it->bad) {
			read_report(r, KHALDUN_ERROR, it->line, 0, 0,
				    "item %zu (\"%.80s\"): skipped "
				    "(an entity expansion was refused)",
				    it->number, shown);
			r->skipped++;
			continue;
		}
		if (!it->text || !it->text_len) {
			read_report(r, KHALDUN_ERROR, it->line, 0, 0,
				    "item %zu (\"%.80s\"): no description or content; skipped",
				    it->number, shown);
			r->skipped++;
			continue;
		}
		if (it->date) {
			date_to_iso(it->date, r->date);
		} else if (r->default_date[0]) {
			memcpy(r->date, r->default_date, sizeof r->date);
		} else {
			read_report(r, KHALDUN_ERROR, it->line, 0, 0,
				    "item %zu (\"%.80s\"): no date (use --date); skipped",
				    it->number,
				    shown);
			r->skipped++;
			continue;
		}
		const char *id = it->id;
		if (!id) {
			char tmp[64];
			snprintf(tmp, sizeof tmp, "#%zu", it->number);
			size_t nn = strlen(r->name);
			char *p = arena_alloc(&r->arena, nn + strlen(tmp) + 1);
			if (!p)
				return KHALDUN_ERR_NOMEM;
			memcpy(p, r->name, nn);
			strcpy(p + nn, tmp);
			id = p;
		}
		out->id = id;
		out->date = r->date;
		out->text = it->text;
		out->text_len = it->text_len;
		out->title = it->title;
		out->source = s->channel;
		out->url = it->url;
		out->file = r->name;
		out->line = it->line;
		return KHALDUN_OK;
	}
	return KHALDUN_EOF;
}
