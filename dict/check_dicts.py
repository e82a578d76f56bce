import re,sys,glob,collections,os
D=os.path.dirname(os.path.abspath(__file__))
files=sorted(glob.glob(os.path.join(D,'*.actors')))+glob.glob(os.path.join(D,'*.agents'))
phr=collections.defaultdict(list); errs=[]; counts={}
code_re=re.compile(r'^(---|[A-Z0-9~]+(/[A-Z0-9]+)*)$')
def parse_code(blk,f,ln):
    blk=blk.strip()
    m=re.match(r'^(\S+)(?:\s+(.*))?$',blk)
    code,rest=m.group(1),(m.group(2) or '').strip()
    if not code_re.match(code): errs.append(f'{f}:{ln}: bad code {code}')
    if f.endswith('.agents') and '~' not in code: errs.append(f'{f}:{ln}: agent without ~')
    if not f.endswith('.agents') and '~' in code: errs.append(f'{f}:{ln}: ~ in actor')
    if not rest: return None
    m1=re.match(r'^<(\d{8})$',rest); m2=re.match(r'^>(\d{8})$',rest); m3=re.match(r'^(\d{8})-(\d{8})$',rest)
    if m1: return ('00000000',m1.group(1))
    if m2: return (m2.group(1),'99999999')
    if m3:
        a,b=m3.groups()
        if a>b: errs.append(f'{f}:{ln}: reversed range {rest}')
        return (a,b)
    errs.append(f'{f}:{ln}: bad date {rest}'); return None
for f in files:
    n=0; entry=None; ranges=[]; lines=open(f,encoding='utf-8').read().split('\n')
    if lines[-1]=='' : lines=lines[:-1]
    if lines[-1]!='~~FINISH': errs.append(f+': no ~~FINISH at end')
    def close():
        rs=sorted(r for r in ranges if r)
        for i in range(1,len(rs)):
            if rs[i][0]<=rs[i-1][1]: errs.append(f'{f}: overlap in {entry}: {rs[i-1]} {rs[i]}')
        # default must be last
    pending_default=False
    for ln,l in enumerate(lines,1):
        if l=='~~FINISH': break
        if not l.strip(): errs.append(f'{f}:{ln}: blank line'); continue
        if l.startswith('#') or l.startswith('/'): continue
        body=l.split(';')[0].rstrip() if not l.startswith(('\t',' ')) else l.split(';')[0].strip()
        if l.startswith(('\t',' ')):
            blks=re.findall(r'\[([^\]]*)\]',body)
            if len(blks)!=1: errs.append(f'{f}:{ln}: code line needs 1 block')
            for b in blks:
                r=parse_code(b,f,ln); 
                if pending_default: errs.append(f'{f}:{ln}: code after default in {entry}')
                if r is None: pending_default=True
                ranges.append(r)
            continue
        syn=l.startswith('+')
        if syn: body=body[1:]
        m=re.match(r'^([^\[\s]+)\s*(.*)$',body)
        if not m: errs.append(f'{f}:{ln}: cannot parse'); continue
        p,codes=m.group(1),m.group(2)
        if not syn:
            if entry: close()
            entry=p; ranges=[]; pending_default=False; n+=1
        key=p.upper().rstrip('_')
        phr[key].append(f'{f.split("/")[-1]}:{ln}')
        if len(p.rstrip('_'))<3 and p not in ('AA_',): pass
        for b in re.findall(r'\[([^\]]*)\]',codes):
            r=parse_code(b,f,ln)
            if pending_default: errs.append(f'{f}:{ln}: code after default in {entry}')
            if r is None: pending_default=True
            ranges.append(r)
        if re.search(r'[a-z]',p): errs.append(f'{f}:{ln}: lowercase in phrase {p}')
        if ' ' in p: errs.append(f'{f}:{ln}: space in phrase')
    if entry: close()
    counts[f.split('/')[-1]]=(n,sum(1 for k,v in phr.items() for x in v if x.startswith(f.split('/')[-1]+':')))
for k,v in phr.items():
    if len(v)>1: errs.append(f'dup phrase {k}: {v}')
print('\n'.join(errs)); print(len(errs),'problems'); print(counts)
