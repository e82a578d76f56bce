# khaldun.bash - bash completion for the khaldun command: its commands (the dispatch table of
# cli/khaldun.c), each command's options (as its --help lists them) and the values of
# --format, --by, --per and query's questions. Installed by `make install` to
# share/bash-completion/completions/khaldun; tests/product2/run checks it names every command.

_khaldun()
{
	local cur prev cmd opts
	COMPREPLY=()
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	local commands="code validate ingest recode export query dict cameo actor explain import trend alerts serve parse train place merge version"
	if [ "$COMP_CWORD" -eq 1 ]; then
		COMPREPLY=($(compgen -W "$commands --help" -- "$cur"))
		return
	fi
	cmd=${COMP_WORDS[1]}
	local filters="--from --to --actor --dyad --code --limit --country-of-event --near"
	case "$prev" in
	--format)
		case "$cmd" in
		code|ingest) opts="auto jsonl text tabari file rss atom html" ;;
		export) opts="jsonl csv tsv plover gdelt icews" ;;
		import) opts="events icews gdelt" ;;
		parse) opts="conllu jsonl" ;;
		esac
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		return ;;
	--by)
		if [ "$cmd" = trend ]; then opts="day week month"
		else opts="dyad source target actor code root plover quad countries none"; fi
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		return ;;
	--per)
		COMPREPLY=($(compgen -W "day week month year all" -- "$cur"))
		return ;;
	--db|--project|--dict|--output|--cameo|--model|--out|--ud|--web|--score)
		COMPREPLY=($(compgen -f -- "$cur"))
		return ;;
	--date|--from|--to|--actor|--dyad|--code|--limit|--similarity|-j|--jobs|--source|--target|\
	--dataset|--dedup-days|--baseline|--window|--threshold|--min-events|--min-ratio|--min-share|--evidence|\
	--port|--host|--seed|--jackknife|--prune|--select|--country-of-event|--near|--batch)
		return ;;
	--max)
		COMPREPLY=($(compgen -W "story= document= entity= sentence= tokens= events= dict-line= request= request-time=" -- "$cur"))
		compopt -o nospace 2>/dev/null
		return ;;
	top)
		if [ "$cmd" = query ]; then
			COMPREPLY=($(compgen -W "actors sources targets dyads codes roots plover countries" -- "$cur"))
			return
		fi ;;
	esac
	case "$cmd" in
	code) opts="--project --date --format --cameo -j --jobs --shallow --places --max --shard --help" ;;
	validate) opts="-v --help" ;;
	dict) opts="check --cameo --help" ;;
	ingest) opts="--db --project --cameo --date --format --similarity --dedup-days --quiet --verbose -j --jobs --shallow --max --shard --queue --help" ;;
	merge) opts="--db --similarity --dedup-days --cameo --quiet --help" ;;
	recode) opts="--db --from --to --all --project --dict --cameo --shallow -j --jobs --batch --quiet --verbose --help" ;;
	export) opts="--db --format --output $filters --help" ;;
	query) opts="--db --by --per --all-actors --project $filters summary counts top events --help" ;;
	import) opts="--db --format --dataset --cameo --quiet --help" ;;
	trend) opts="--db --source --target --both --exact --by --from --to --json --csv --help" ;;
	alerts) opts="--db --from --to --dyad --baseline --window --threshold --min-events --min-ratio --min-share --evidence --json --help" ;;
	cameo) opts="--project --cameo --help" ;;
	actor) opts="--project --help" ;;
	explain) opts="--db --plain --color --help" ;;
	serve) opts="--db --port --host --web --pool --max --help" ;;
	parse) opts="--model --beam --format --input --date --score --help" ;;
	train) opts="--ud --out --seed --jackknife --prune --select --help" ;;
	place) opts="--country --json --limit --places --about --help" ;;
	esac
	if [[ "$cur" == -* ]] || [ "$cmd" = query ] || [ "$cmd" = dict ]; then
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
	fi
	[ ${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=($(compgen -f -- "$cur"))
}
complete -F _khaldun khaldun
