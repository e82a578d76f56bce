/*
 * icews.c - stored events in the layout of ICEWS's coded event files: a header row, then
 * 20 tab-separated columns per event, never quoted (docs/formats.md). Where in the pipeline:
 * export, after the store. Countries are English names and sectors a comma-separated list of
 * names, both from the compiled-in actor-code tables; Source/Target Name is the country for a
 * bare country code, "Sector (Country)" for a country's sector (ICEWS's own style for generic
 * actors), an organisation's name, or the dictionary phrase; Event Text is the CAMEO code's
 * name; Intensity the Goldstein score; Sentence Number is 1-based. The location columns are the
 * event's place (issue 13), empty when it has none.
 */
#include "write/layouts.h"
#include <string.h>

static const char *const header[] = {
	"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
	"CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
	"Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
	"Longitude"
};

void icews_write_header(FILE *fp)
{
	for (size_t i = 0; i < sizeof header / sizeof header[0]; i++)
		fprintf(fp, "%s%s", i ? "\t" : "", header[i]);
	putc('\n', fp);
}

/* Source (or Target) Name, Sectors and Country of one actor. */
static void actor_columns(FILE *fp, const char *code, const char *phrase)
{
	khaldun_actor_part parts[16];
	int null = !code || !*code || !strcmp(code, "---");
	size_t n = null ? 0 : khaldun_actor_parts(code[0] == '~' ? code + 1 : code, parts, 16);
	if (n > 16)
		n = 16;
	const char *country = NULL, *org = NULL, *first_sector = NULL;
	char sectors[512] = "";
	size_t sl = 0;
	for (size_t i = 0; i < n; i++) {
		const char *k = parts[i].kind;
		if (!k || !parts[i].name)
			continue;
		if (i == 0 && (!strcmp(k, "country") || !strcmp(k, "historical")))
			country = parts[i].name;
		else if (!strcmp(k, "organization") && !org)
			org = parts[i].name;
		else if (strcmp(k, "country") && strcmp(k, "historical") && strcmp(k, "region")
			 && sl + strlen(parts[i].name) + 2 < sizeof sectors) {
			sl += (size_t)snprintf(sectors + sl, sizeof sectors - sl, "%s%s",
					       sl ? "," : "", parts[i].name);
			if (!first_sector)
				first_sector = parts[i].name;
		}
	}
	char name[300];
	if (org)
		snprintf(name, sizeof name, "%s", org);
	else if (country && first_sector)
		snprintf(name, sizeof name, "%s (%s)", first_sector, country);
	else if (country && (n == 1 || !phrase))
		snprintf(name, sizeof name, "%s", country);
	else if (phrase && *phrase)
		layout_name(phrase, name, sizeof name);
	else
		snprintf(name, sizeof name, "%s", null ? "" : code);
	layout_field(fp, name);
	putc('\t', fp);
	layout_field(fp, sectors);
	putc('\t', fp);
	layout_field(fp, country ? country : "");
	putc('\t', fp);
}

/* City, District, Province, Country, Latitude, Longitude of the event's place (all empty
 * when it has none): a city's name goes to City, a region's to Province, the country by its
 * English name; District stays empty (our places have no second-level region). */
static void place_columns(FILE *fp, const khaldun_location *l)
{
	if (!l->name) {
		fputs("\t\t\t\t\t", fp);
		return;
	}
	const char *p = l->precision ? l->precision : "city";
	const char *country = l->country && *l->country ? khaldun_country_name(l->country) : NULL;
	int city = strcmp(p, "admin1") && strcmp(p, "country");
	layout_field(fp, city ? l->name : "");
	fputs("\t\t", fp);
	layout_field(fp, !strcmp(p, "admin1") && !l->admin1 ? l->name : l->admin1);
	putc('\t', fp);
	layout_field(fp, country ? country : !strcmp(p, "country") ? l->name : "");
	char lat[32], lon[32];
	layout_point(l, lat, lon);
	fprintf(fp, "\t%s\t%s", lat, lon);
}

void icews_write_event(FILE *fp, const khaldun_stored_event *e)
{
	long d = e->event.date;
	const char *code = e->event.code ? e->event.code : "";
	fprintf(fp, "%lld\t%04ld-%02ld-%02ld\t", e->id, d / 10000, d / 100 % 100, d % 100);
	actor_columns(fp, e->event.source, e->source_name);
	const char *text = khaldun_cameo_name(code);
	layout_field(fp, text ? text : "");
	fprintf(fp, "\t%s\t", code);
	if (e->has_goldstein)
		fprintf(fp, "%.1f", e->goldstein == 0 ? 0.0 : e->goldstein);
	putc('\t', fp);
	actor_columns(fp, e->event.target, e->target_name);
	layout_field(fp, e->story);
	fprintf(fp, "\t%zu\t\t", e->sentence + 1);
	place_columns(fp, &e->event.location);
	putc('\n', fp);
}
