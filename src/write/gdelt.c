/*
 * gdelt.c - a stored event as one line of GDELT 2.0's event export: 61 tab-separated columns,
 * no header, in the codebook's order (docs/formats.md). Where in the pipeline: export, after the
 * store. What we know fills its column; the rest is empty, as GDELT writes unknowns:
 * actor codes are split into country, known group, ethnic, religion and type parts with the
 * compiled-in actor-code tables; Actor1Geo/Actor2Geo are the actor's country at country level
 * (Type 1, FIPS 10-4 code) where it is known; ActionGeo is the event's place (issue 13) when
 * it has one; AvgTone and the actors' ADM/lat/long fields are empty; DATEADDED is the event's
 * date at 00:00:00 (the store keeps no time of coding).
 */
#include "write/layouts.h"
#include <math.h>
#include <string.h>

void layout_field(FILE *fp, const char *s)
{
	for (; s && *s; s++)
		putc(*s == '\t' || *s == '\r' || *s == '\n' ? ' ' : *s, fp);
}

int layout_point(const khaldun_location *l, char *lat, char *lon)
{
	lat[0] = lon[0] = 0;
	if (!l->name || isnan(l->lat) || isnan(l->lon))
		return 0;
	snprintf(lat, 32, "%.10g", l->lat == 0 ? 0.0 : l->lat);
	snprintf(lon, 32, "%.10g", l->lon == 0 ? 0.0 : l->lon);
	return 1;
}

const char *layout_name(const char *phrase, char *out, size_t cap)
{
	size_t n = 0;
	out[0] = 0;
	if (!phrase || !cap)
		return out;
	const char *p = phrase;
	while (*p == '+' || *p == ' ')
		p++;
	for (; *p && *p != '[' && n + 1 < cap; p++)
		out[n++] = *p == '_' ? ' ' : *p;
	while (n && out[n - 1] == ' ')
		n--;
	out[n] = 0;
	return out;
}

/* The GDELT actor columns of one side: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
 * Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code. */
static void actor_columns(FILE *fp, const char *code, const char *name)
{
	khaldun_actor_part parts[16];
	const char *known = "", *rel[2] = { "", "" }, *type[3] = { "", "", "" };
	char group[4] = "", country[4] = "";
	int nrel = 0, ntype = 0;
	int null = !code || !*code || !strcmp(code, "---");
	size_t n = null ? 0 : khaldun_actor_parts(code[0] == '~' ? code + 1 : code, parts, 16);
	for (size_t i = 0; i < n && i < 16; i++) {
		const char *k = parts[i].kind;
		if (!k)
			continue;
		if (i == 0 && (!strcmp(k, "country") || !strcmp(k, "historical")
			       || !strcmp(k, "region")))
			memcpy(country, parts[i].code, 4);
		else if (!strcmp(k, "organization") && !*known && strlen(parts[i].code) >= 6) {
			/* IGOUNO -> UNO, as GDELT writes it */
			memcpy(group, parts[i].code + 3, 3);
			known = group;
		} else if (!strcmp(k, "religion") && nrel < 2)
			rel[nrel++] = parts[i].code;
		else if ((strstr(k, "role") || !strcmp(k, "party") || !strcmp(k, "international"))
			 && ntype < 3)
			type[ntype++] = parts[i].code;
	}
	char nm[256];
	layout_field(fp, null ? "" : code);
	putc('\t', fp);
	layout_field(fp, null ? "" : layout_name(name, nm, sizeof nm));
	fprintf(fp, "\t%s\t%s\t\t%s\t%s\t%s\t%s\t%s\t", country, known, rel[0], rel[1], type[0],
		type[1], type[2]);
}

/* Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of an actor's country. */
static void geo_columns(FILE *fp, const char *country)
{
	const char *fips = country && *country ? khaldun_country_fips(country) : NULL;
	if (!fips || !*fips) {
		fputs("\t\t\t\t\t\t\t\t", fp);
		return;
	}
	fputs("1\t", fp);
	layout_field(fp, khaldun_country_name(country));
	fprintf(fp, "\t%s\t\t\t\t\t%s\t", fips, fips);
}

/* ActionGeo_: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of the
 * event's place. Type by precision (1 country; 5 region, 2 in the US; 4 city, 3 in the US);
 * FullName "City, Region, Country" as GDELT writes it; FeatureID and ADM1Code an imported
 * place's own, else the FIPS codes GDELT uses for countries (GeoNames ids are not GDELT's
 * feature ids, so a coded city has none). */
static void action_geo(FILE *fp, const khaldun_stored_event *e)
{
	const khaldun_location *l = &e->event.location;
	if (!l->name) {
		fputs("\t\t\t\t\t\t\t\t", fp);
		return;
	}
	const char *p = l->precision ? l->precision : "city", *c = l->country ? l->country : "";
	int us = !strcmp(c, "USA"), type = !strcmp(p, "country") ? 1
					   : !strcmp(p, "admin1") ? (us ? 2 : 5) : (us ? 3 : 4);
	const char *cname = *c ? khaldun_country_name(c) : NULL;
	const char *fips = *c ? khaldun_country_fips(c) : NULL;
	fips = fips ? fips : "";
	fprintf(fp, "%d\t", type);
	if (type == 1) {
		layout_field(fp, cname ? cname : l->name);
	} else {
		layout_field(fp, type == 2 ||
			type == 5 ? (l->admin1 ? l->admin1 : l->name) : l->name);
		if ((type == 3 || type == 4) && l->admin1) {   /* "Istanbul, Istanbul, Turkey" */
			fputs(", ", fp);
			layout_field(fp, l->admin1);
		}
		if (cname) {
			fputs(", ", fp);
			layout_field(fp, cname);
		}
	}
	fprintf(fp, "\t%s\t", fips);
	layout_field(fp, e->loc_adm1_code ? e->loc_adm1_code : type == 1 ? fips : "");
	char lat[32], lon[32];
	layout_point(l, lat, lon);
	fprintf(fp, "\t\t%s\t%s\t", lat, lon);
	layout_field(fp, e->loc_feature ? e->loc_feature : type == 1 ? fips : "");
	putc('\t', fp);
}

void gdelt_write_event(FILE *fp, const khaldun_stored_event *e)
{
	long d = e->event.date, y = d / 10000, m = d / 100 % 100, day = d % 100;
	const char *code = e->event.code ? e->event.code : "";
	size_t cl = strlen(code);
	fprintf(fp, "%lld\t%08ld\t%04ld%02ld\t%04ld\t%.4f\t", e->id, d, y, m, y,
		(double)y + (double)((m - 1) * 30 + day) / 365.0);
	actor_columns(fp, e->event.source, e->source_name);
	actor_columns(fp, e->event.target, e->target_name);
	fprintf(fp, "%d\t%s\t%.*s\t%.2s\t", e->sentence == 0, code, (int)(cl > 3 ? 3 : cl), code,
		code);
	if (e->quad)
		fprintf(fp, "%d", e->quad);
	putc('\t', fp);
	if (e->has_goldstein)
		fprintf(fp, "%.1f", e->goldstein == 0 ? 0.0 : e->goldstein);
	fprintf(fp, "\t%ld\t%zu\t%ld\t\t", e->mentions, e->n_sources, e->mentions);
	geo_columns(fp, e->source_country);
	geo_columns(fp, e->target_country);
	action_geo(fp, e);
	fprintf(fp, "%08ld000000\t", d);
	layout_field(fp, e->n_stories && e->urls[0] ? e->urls[0] : "");
	putc('\n', fp);
}
