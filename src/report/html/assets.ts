/** Inline style and script of the HTML report (no external file, font or request). */

export const STYLE = `
body{font:14px/1.5 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1100px;padding:0 16px;color:#222}
body[data-lang=zh] .en,body[data-lang=en] .zh{display:none}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:8px 0;z-index:2}
h1{font-size:20px;margin:4px 0}h2{font-size:16px;margin:32px 0 4px;word-break:break-all}h3{font-size:15px;margin:16px 0 4px}h4{font-size:13px;margin:12px 0 4px;color:#555}
table.index{border-collapse:collapse;width:100%;margin:12px 0}table.index td,table.index th{border-bottom:1px solid #eee;padding:2px 6px;text-align:left}
td.n{text-align:right}td.n.error{color:#b00020}td.n.warning{color:#8a6d00}td.failure,p.failure{color:#b00020}
.finding{border-left:4px solid #999;padding:4px 10px;margin:10px 0;background:#fafafa}
.finding.error{border-color:#d32f2f}.finding.warning{border-color:#f9a825}.finding.info{border-color:#90a4ae}
.finding p{margin:2px 0}.sev{font-weight:bold}.error .sev{color:#b00020}.warning .sev{color:#8a6d00}
code{font-size:12px;color:#555}.figures{font-variant-numeric:tabular-nums}
blockquote{margin:4px 0;padding:2px 8px;border-left:3px solid #ccc;color:#444}
ul.related{margin:2px 0;padding-left:18px;font-size:13px}
.pages{display:flex;flex-direction:column;gap:8px;margin-top:6px}
figure.page{margin:0;max-width:960px}
.sheet{position:relative;width:100%;background-size:100% 100%;background-repeat:no-repeat;outline:1px solid #ccc}
.sheet>canvas{display:block;width:100%;height:100%}
.hl{position:absolute;box-sizing:border-box;pointer-events:none}
.hl.main{border:2px solid #d32f2f;background:rgba(255,235,59,.35)}
.hl.related{border:2px dashed #1565c0;background:rgba(100,181,246,.2)}
figcaption{font-size:12px;color:#666}
table.lines{border-collapse:collapse;font-family:ui-monospace,monospace;font-size:12px;margin:4px 0}
table.lines th{color:#999;padding-right:8px;text-align:right;font-weight:normal}table.lines tr.hit td{background:#fff59d}
.filters label{margin-right:8px}[hidden]{display:none!important}
`;

/** Filters (severity, rule, family) and the language switch. */
export const SCRIPT = `
(function(){
  var form=document.querySelector('.filters');
  function apply(){
    var sev=[].slice.call(form.querySelectorAll('input[name=severity]:checked')).map(function(i){return i.value});
    var rule=form.rule.value, fam=form.family.value;
    document.querySelectorAll('.finding').forEach(function(f){
      f.hidden=!(sev.indexOf(f.dataset.severity)>=0&&(!rule||f.dataset.rule===rule)&&(!fam||f.dataset.family===fam));
    });
    document.querySelectorAll('.rule,.group').forEach(function(g){g.hidden=!g.querySelector('.finding:not([hidden])')});
  }
  form.addEventListener('change',apply);
  document.getElementById('lang').addEventListener('click',function(){
    var b=document.body;b.dataset.lang=b.dataset.lang==='zh'?'en':'zh';
    document.documentElement.lang=b.dataset.lang==='zh'?'zh-CN':'en';
  });
})();
`;
