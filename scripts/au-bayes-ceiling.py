import re, numpy as np
src=open('core/src/main/java/dev/compoundfer/core/data/synthetic/AuStatistics.java').read()
rows=re.findall(r'row\(Expression\.(\w+)((?:,\s*o\(AU\d+, \d+, [\d.]+\))*)\);',src)
classes=[];stats=[]
for name,body in rows:
    if name=='NEUTRAL':continue
    classes.append(name); stats.append({int(a):(int(p)/100,float(m)) for a,p,m in re.findall(r'o\(AU(\d+), (\d+), ([\d.]+)\)',body)})
aus=sorted({a for s in stats for a in s}); C=len(classes); print(C,'classes',aus)
rng=np.random.default_rng(0); N=4000; import sys; sd=float(sys.argv[1]) if len(sys.argv)>1 else 0.7
from math import erf,sqrt
def logpdf_int(x,m):
    # clipped normal: point masses at 1 and 5
    from scipy.stats import norm
    return None
import scipy.stats as st
def loglik(present,inten,s,useint):
    ll=0.0
    for a in aus:
        if a in s:
            p,m=s[a]
            if present[a]:
                ll+=np.log(p)
                if useint:
                    x=inten[a]
                    if x<=1: ll+=st.norm.logcdf((1-m)/sd)
                    elif x>=5: ll+=st.norm.logsf((5-m)/sd)
                    else: ll+=st.norm.logpdf((x-m)/sd)-np.log(sd)
            else: ll+=np.log(1-p) if p<1 else -1e9
        else:
            if present[a]: ll+=-1e9
    return ll
for useint in (False,True):
    conf=np.zeros((C,C))
    for c in range(C):
        for i in range(300):
            present={a:False for a in aus}; inten={}
            for a,(p,m) in stats[c].items():
                x=min(5,max(1,m+sd*rng.normal()))
                if rng.random()<p: present[a]=True; inten[a]=x
            ll=np.array([loglik(present,inten,s,useint) for s in stats])
            best=np.flatnonzero(ll==ll.max())
            for b in best: conf[c,b]+=1/len(best)
    rec=np.diag(conf)/conf.sum(1)
    print('intensity' if useint else 'presence only','Bayes acc %.3f'%rec.mean())
    for n,r in zip(classes,rec): print('  %-22s %.2f'%(n,r))
