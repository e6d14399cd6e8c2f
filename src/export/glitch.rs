//! The glitch audit of an exported file: in every `always @(*)` block, a signal that another
//! combinational block reads (an output port, or a sub-module input that the sub-module's own
//! `always @(*)` reads) must be assigned once per pass. A default-then-override
//! (`x = 1; if (c) x = v;`) makes a zero-time glitch on `x`; Icarus Verilog re-runs every
//! reader of the glitch, and when the readers lead back to the writer the simulation never
//! leaves time 0 (issue 15: `load_ok` in the top, read by the sequencer, whose outputs the top
//! reads). Locals and flip-flop inputs (read only at a clock edge) may be overridden freely.
//!
//! Reads the regular text rust-hdl 0.46 writes (one `module ... endmodule` per block, ports as
//! `input|output wire|reg ... name;`, instances as `type name(` then `.port(signal),` lines,
//! one `always @(*) begin` ... `    end` per block). Test: `tests/verilog.rs`.

use std::collections::{BTreeMap, BTreeSet};

/// A signal assigned more than once in one pass of a combinational block, and read by
/// another combinational block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glitch {
    /// Module whose `always @(*)` writes it.
    pub module: String,
    /// The signal, as written there.
    pub signal: String,
    /// Assignments to it in the block.
    pub assignments: usize,
    /// Who reads it: `output port` or `<instance>.<port>`.
    pub reader: String,
}

impl std::fmt::Display for Glitch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: `{}` assigned {} times in one always @(*) pass, read by {}",
            self.module, self.signal, self.assignments, self.reader
        )
    }
}

struct Module {
    outputs: BTreeSet<String>,
    /// Instance name -> (module type, [(port, connected signal)]).
    instances: BTreeMap<String, (String, Vec<(String, String)>)>,
    /// Text of each `always @(*)` block.
    combs: Vec<String>,
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// The identifiers of `text` (system tasks such as `$signed` included; harmless here).
fn idents(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !is_ident(c))
        .filter(|t| !t.is_empty() && !t.starts_with(|c: char| c.is_ascii_digit()))
        .collect()
}

/// The left-hand side of a blocking assignment line (`name = ...;`, `name[3:0] = ...;`).
fn assigned(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let end = t.find(|c: char| !is_ident(c))?;
    let (name, rest) = t.split_at(end);
    if name.is_empty() || ["if", "else", "case", "begin", "end", "for"].contains(&name) {
        return None;
    }
    let rest = rest.trim_start();
    let rest = match rest.strip_prefix('[') {
        Some(r) => r.split_once(']')?.1.trim_start(),
        None => rest,
    };
    (rest.starts_with('=') && !rest.starts_with("==")).then_some(name)
}

/// Assignments per signal along the worst path through a statement list.
type Counts = BTreeMap<String, usize>;

fn seq(a: &mut Counts, b: Counts) {
    for (k, v) in b {
        *a.entry(k).or_default() += v;
    }
}

fn alt(a: Counts, b: Counts) -> Counts {
    let mut m = a;
    for (k, v) in b {
        let e = m.entry(k).or_default();
        *e = (*e).max(v);
    }
    m
}

/// Statements of `lines[*i..]` up to and including the closing `end` (or `endcase` for a
/// case body, which the caller handles): the most assignments to each signal on one path.
fn block(lines: &[&str], i: &mut usize) -> Counts {
    let mut counts = Counts::new();
    while *i < lines.len() {
        let t = lines[*i];
        *i += 1;
        if t == "end" || t.starts_with("end ") {
            break;
        }
        seq(&mut counts, statement(t, lines, i));
    }
    counts
}

/// One statement whose first line `t` was just consumed.
fn statement(t: &str, lines: &[&str], i: &mut usize) -> Counts {
    if t.starts_with("if ") || t.starts_with("if(") {
        let then = block(lines, i);
        let other = match lines.get(*i) {
            Some(&"else begin") => {
                *i += 1;
                block(lines, i)
            }
            Some(l) if l.starts_with("else if") => {
                *i += 1;
                statement(l.trim_start_matches("else "), lines, i)
            }
            _ => Counts::new(),
        };
        alt(then, other)
    } else if t.starts_with("case ") || t.starts_with("case(") {
        let mut worst = Counts::new();
        while *i < lines.len() {
            let l = lines[*i];
            *i += 1;
            if l == "endcase" {
                break;
            }
            if l == "begin" || l.ends_with("begin") {
                worst = alt(worst, block(lines, i));
            } else if let Some(s) = l.split_once(':').map(|(_, s)| s.trim()) {
                if !s.is_empty() {
                    worst = alt(worst, statement(s, lines, i));
                }
            }
        }
        worst
    } else if t == "begin" {
        block(lines, i)
    } else {
        assigned(t)
            .map(|s| Counts::from([(s.to_string(), 1)]))
            .unwrap_or_default()
    }
}

/// Most assignments to each signal on one pass through an `always @(*)` body.
fn pass_counts(body: &str) -> Counts {
    // `end else begin` on one line is `end` then `else begin`.
    let lines: Vec<&str> = body
        .lines()
        .map(str::trim)
        .flat_map(|l| match l.strip_prefix("end else") {
            Some(rest) => vec!["end", &l[4..4 + "else".len() + rest.len()]],
            None => vec![l],
        })
        .filter(|l| !l.is_empty())
        .collect();
    let mut i = 0;
    let mut counts = Counts::new();
    while i < lines.len() {
        let t = lines[i];
        i += 1;
        seq(&mut counts, statement(t, &lines, &mut i));
    }
    counts
}

fn parse(verilog: &str) -> BTreeMap<String, Module> {
    let mut mods = BTreeMap::new();
    let mut lines = verilog.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(head) = line.strip_prefix("module ") else {
            continue;
        };
        let name = head.split('(').next().unwrap_or("").trim().to_string();
        let mut m = Module {
            outputs: BTreeSet::new(),
            instances: BTreeMap::new(),
            combs: vec![],
        };
        while let Some(line) = lines.next() {
            let t = line.trim();
            if t.starts_with("endmodule") {
                break;
            }
            if t.starts_with("output ") {
                if let Some(n) = t.trim_end_matches(';').split_whitespace().last() {
                    m.outputs.insert(n.to_string());
                }
            } else if t == "always @(*) begin" {
                let mut body = String::new();
                for l in lines.by_ref() {
                    if l.trim_end() == "    end" {
                        break;
                    }
                    body.push_str(l);
                    body.push('\n');
                }
                m.combs.push(body);
            } else if let Some(decl) = t.strip_suffix('(') {
                // `type name(`: an instance; its `.port(signal)` lines follow.
                let w: Vec<&str> = decl.split_whitespace().collect();
                if let [ty, inst] = w[..] {
                    let mut conns = vec![];
                    while let Some(l) = lines.next_if(|l| l.trim_start().starts_with('.')) {
                        let l = l.trim().trim_start_matches('.').trim_end_matches(',');
                        if let Some((port, sig)) = l.split_once('(') {
                            conns.push((port.to_string(), sig.trim_end_matches(')').to_string()));
                        }
                    }
                    m.instances
                        .insert(inst.to_string(), (ty.to_string(), conns));
                }
            }
        }
        mods.insert(name, m);
    }
    mods
}

/// Every glitch-prone signal of an exported file (empty when the export is safe).
pub fn audit(verilog: &str) -> Vec<Glitch> {
    let mods = parse(verilog);
    let comb_reads = |module: &str, port: &str| {
        mods.get(module)
            .is_some_and(|m| m.combs.iter().any(|c| idents(c).contains(port)))
    };
    let mut out = vec![];
    for (name, m) in &mods {
        for body in &m.combs {
            for (signal, &n) in pass_counts(body).iter().filter(|(_, &n)| n > 1) {
                let mut readers = vec![];
                if m.outputs.contains(signal.as_str()) {
                    readers.push("output port".to_string());
                }
                for (inst, (ty, conns)) in &m.instances {
                    for (port, sig) in conns {
                        if sig == signal && comb_reads(ty, port) {
                            readers.push(format!("{inst}.{port}"));
                        }
                    }
                }
                for reader in readers {
                    out.push(Glitch {
                        module: name.clone(),
                        signal: signal.clone(),
                        assignments: n,
                        reader,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = "module top(a,y);
    input wire  a;
    output reg  y;
    reg  sub$x;
    wire  sub$z;
    reg  local;
    top$sub sub(
        .x(sub$x),
        .z(sub$z)
    );
    always @(*) begin
        local = 1'b0;
        if (a) begin
            local = 1'b1;
        end
        sub$x = 1'b1;
        if (a) begin
            sub$x = sub$z;
        end
        y = local;
    end
endmodule // top

module top$sub(x,z);
    input wire  x;
    output reg  z;
    always @(*) begin
        z = 1'b0;
        if (x == 1'b1) begin
            z = 1'b1;
        end
    end
endmodule // top$sub
";

    #[test]
    fn finds_overridden_outputs_and_sub_module_inputs_not_locals() {
        let g = audit(TWO);
        let found: Vec<(&str, &str, &str)> = g
            .iter()
            .map(|g| (g.module.as_str(), g.signal.as_str(), g.reader.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![("top", "sub$x", "sub.x"), ("top$sub", "z", "output port")]
        );
    }

    #[test]
    fn single_assignments_pass() {
        let fixed = TWO
            .replace(
                "        sub$x = 1'b1;\n        if (a) begin\n            sub$x = sub$z;\n        end\n",
                "        if (a) begin\n            sub$x = sub$z;\n        end else begin\n            sub$x = 1'b1;\n        end\n",
            )
            .replace(
                "        z = 1'b0;\n        if (x == 1'b1) begin\n            z = 1'b1;\n        end\n",
                "        z = x == 1'b1;\n",
            );
        assert_eq!(audit(&fixed), vec![]);
    }
}
