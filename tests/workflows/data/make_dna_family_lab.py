# Rebuild: python3 tests/workflows/data/make_dna_family_lab.py resources/str/OstAsiaDB_v2023.txt tests/workflows/data/dna_family_lab.csv 2026
"""Synthetic STR profiles of a made-up family for the DNA workflow tests and the screenshot
(nobody's real DNA): mother and father drawn from the East Asian table, their child, and an
unrelated person. The child carries one paternal mutation (D18S51). Writes a simple CSV lab file."""
import random, sys
table={}; cur=None
for line in open(sys.argv[1]):
    line=line.rstrip('\n')
    if not line.strip(): continue
    parts=line.split('\t')
    if len(parts)==2 and cur is not None:
        try: table[cur].append((parts[0],float(parts[1]))); continue
        except ValueError: pass
    cur=line.strip(); table[cur]=[]
markers=['CSF1PO','FGA','TH01','TPOX','vWA','D3S1358','D5S818','D7S820','D8S1179','D13S317','D16S539','D18S51','D21S11',
         'D1S1656','D2S441','D2S1338','D10S1248','D12S391','D19S433','D22S1045','Penta D','Penta E','SE33']
rng=random.Random(int(sys.argv[3]))
def draw(m):
    alleles,weights=zip(*table[m]); return rng.choices(alleles,weights)[0]
def founder(): return {m:(draw(m),draw(m)) for m in markers}
mother,father,other=founder(),founder(),founder()
child={m:(rng.choice(mother[m]),rng.choice(father[m])) for m in markers}
# One paternal mutation, one repeat up, at D18S51: a Mendelian inconsistency a true father can show.
maternal,paternal=child['D18S51']
child['D18S51']=(maternal,str(int(float(paternal))+1))
with open(sys.argv[2],'w') as out:
    out.write('sample,marker,allele1,allele2\n')
    for name,p in [('CAND-001',child),('MOTHER-001',mother),('FATHER-001',father),('OTHER-001',other)]:
        for m in markers:
            a,b=sorted(p[m],key=float)
            out.write(f'{name},{m},{a},{b}\n')
