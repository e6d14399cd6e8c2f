//! The trainer as one Verilog file: rust-hdl's `generate_verilog` of `MgdTrainer`, its top
//! module named `mgd_trainer_<stem>`, after a header naming the configuration (path and FNV-1a
//! hash of its text) and the top-level ports.
//!
//! Names are plain identifiers ([`plain_names`]): rust-hdl joins a Rust field path with `$`
//! (`theta_mem$read_data`, module `mgd_trainer_xor_hw$sequencer`), which simulators escape in
//! VCDs (`\theta_mem$read_data`); the export writes `__` instead. The mapping, for a field
//! path `a.b.c` of `MgdTrainer` (`network.acts.read_data`): module of block `a.b` =
//! `mgd_trainer_<stem>__a__b`, instance `b` inside the module of `a`; the signal is port `c`
//! of that instance, and the wire `b__c` in the module of `a` that connects it. In a VCD of
//! the testbench the instance is scope `tb_<stem>.uut.a.b`, variable `c`. Twin:
//! `blocks::trainer`. Test: `tests/verilog.rs`.

use rust_hdl::prelude::*;

use super::{Design, ExportError, Result};
use crate::chip::regs::SCORE_W;
use crate::fixed::{ACT_W, PADDR_W, SADDR_W, THETA_W, WIDE_W};

/// One top-level port: name, direction, width, meaning (the `///` of `MgdTrainer`).
pub struct Port {
    /// Verilog name = Rust field name.
    pub name: &'static str,
    /// `input` or `output`.
    pub dir: &'static str,
    /// Width in bits.
    pub width: usize,
    /// What it means and its format.
    pub doc: &'static str,
}

/// The top-level ports of every exported trainer, in declaration order.
pub fn ports() -> Vec<Port> {
    let p = |name, dir, width, doc| Port {
        name,
        dir,
        width,
        doc,
    };
    vec![
        p("clock", "input", 1, "clock; every register updates at its rising edge"),
        p("reset", "input", 1, "synchronous reset: hold 1 for >= 1 edge; then an Init sweep of P cycles rewrites theta0 and clears G"),
        p("stream_select", "input", 1, "1: samples from the sample_* stream; 0: from the on-chip sample ROM"),
        p("sample_valid", "input", 1, "sample_data (and with the last input, sample_label) is valid"),
        p("sample_data", "input", ACT_W, "one input of the streamed sample, signed, format fixed.act (Q2.12 is 15 bits: sign-extend it to 16)"),
        p("sample_label", "input", 8, "label of the streamed sample, taken with its last input"),
        p("sample_ready", "output", 1, "1 while the stream is selected and the chip waits for a word (Load or EvalLoad state); always 0 with the ROM selected"),
        p("read_clock", "input", 1, "clock of the weight read-out: tie to clock, or strobe it while clock is held"),
        p("read_addr", "input", PADDR_W, "parameter index to read out (0..P-1), taken at the rising edge of read_clock"),
        p("read_theta", "output", THETA_W, "theta[read_addr] as of the last read_clock edge, signed, format fixed.theta; registered (block RAM)"),
        p("steps", "output", 32, "MGD steps taken since reset"),
        p("current_cost", "output", WIDE_W, "baseline cost C0 of the last baseline inference: raw sum of (Y - T)^2 over the outputs (Y, T raw act words), i.e. sum (y - t)^2 with 2*act.frac fraction bits (no 1/2)"),
        p("done", "output", 1, "the chip halted (its evaluation reached the target, or the step budget run.steps is spent); it idles"),
        p("at_target", "output", 1, "with done: 1 if the chip's own evaluation reached run.target_accuracy, 0 if the step budget ran out"),
        p("correct", "output", SCORE_W, "training samples the chip classified right in its last whole evaluation (0 until the first one ends)"),
        p("evaluating", "output", 1, "1 during an evaluation of the chip's own (every run.eval_interval steps): its loads want the samples 0..S-1 in order"),
        p("sample_index", "output", SADDR_W, "the sample the chip loads next: stream its inputs in order, one per handshake (a sample is always n_in handshakes)"),
    ]
}

/// The Verilog text of `design`'s trainer, header included.
pub fn verilog(design: &Design) -> Result<String> {
    let uut = design.chip();
    check_all(&uut).map_err(|e| ExportError::Format {
        file: design.path.clone(),
        reason: format!("rust-hdl refuses the chip: {e:?}"),
    })?;
    let top = design.top_name();
    let mut defines = ModuleDefines::default();
    uut.accept(&top, &mut defines);
    let body = plain_names(&defines.defines()).map_err(|reason| ExportError::Format {
        file: design.path.clone(),
        reason,
    })?;
    Ok(format!("{}{}", header(design), body.trim_end()) + "\n")
}

/// The identifiers of `text`, each with its byte range (system tasks such as `$signed`, and
/// the letters after a base in `32'h1f`, come out as separate tokens; harmless here).
fn identifiers(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$') {
                i += 1;
            }
            out.push((start, i));
        } else if c.is_ascii_digit() || c == b'$' {
            // Numbers and system names: skip the whole token.
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Replace `$` inside every identifier of rust-hdl's Verilog with `__` (`theta_mem$read_data`
/// -> `theta_mem__read_data`), leaving system names (`$signed`) alone. Refuses (naming both)
/// if a new name is already an identifier of the file or two names map to one.
pub fn plain_names(verilog: &str) -> std::result::Result<String, String> {
    let ids = identifiers(verilog);
    let all: std::collections::BTreeSet<&str> = ids.iter().map(|&(a, b)| &verilog[a..b]).collect();
    let mut renamed: std::collections::BTreeMap<String, &str> = Default::default();
    for &name in all.iter().filter(|n| n.contains('$')) {
        let new = name.replace('$', "__");
        if all.contains(new.as_str()) {
            return Err(format!(
                "renaming `{name}` to `{new}` would collide with `{new}`"
            ));
        }
        if let Some(other) = renamed.insert(new.clone(), name) {
            return Err(format!("`{other}` and `{name}` would both become `{new}`"));
        }
    }
    let mut out = String::with_capacity(verilog.len() + verilog.len() / 16);
    let mut at = 0;
    for (a, b) in ids {
        out.push_str(&verilog[at..a]);
        out.push_str(&verilog[a..b].replace('$', "__"));
        at = b;
    }
    out.push_str(&verilog[at..]);
    Ok(out)
}

/// The comment at the top of the exported file.
pub fn header(design: &Design) -> String {
    let plan = &design.plan;
    let f = &plan.formats;
    let t = &plan.schedule;
    let mut s = String::new();
    s.push_str(&format!(
        "// {top}: MGD trainer exported by mgdsim {ver} (`mgdsim export`). Do not edit: regenerate.\n\
         // config: {path} (fnv1a64 of its text: {hash:016x})\n\
         // network {layers:?} {act:?}, P = {p} parameters, {n} training samples in the sample ROM\n\
         // formats: theta {theta}, act {actf}, grad {gw} bits, eta_shift {eta}, perturbation {pert:?} amplitude {amp:?} LSB (per pass)\n\
         // taus: tau_x {tx}, tau_p {tp}, tau_theta {tt}; run.steps {steps} (then `done`)\n\
         // {eval}\n\
         //\n\
         // Top-level ports (module {top}):\n",
        top = design.top_name(),
        ver = env!("CARGO_PKG_VERSION"),
        path = design.path,
        hash = design.text_hash,
        layers = plan.layers,
        act = f.activation,
        p = design.n_params(),
        n = t.n_samples,
        theta = f.theta,
        actf = f.act,
        gw = f.grad_width,
        eta = f.eta_shift,
        pert = plan.signs.kind,
        amp = f.amps,
        tx = t.tau_x,
        tp = t.tau_p,
        tt = t.tau_theta,
        steps = t.max_steps,
        eval = match t.evaluate {
            true => format!(
                "own evaluation of the {} training samples after reset and every {} steps ({} cycles); done at {} correct{}",
                t.n_samples,
                t.eval_interval,
                t.eval(),
                t.need,
                if t.need as usize > t.n_samples { " (never: run.stop_at_target = false)" } else { "" }
            ),
            false => "no evaluation of its own ([chip] evaluate = false)".into(),
        },
    ));
    for port in ports() {
        let w = if port.width == 1 {
            String::new()
        } else {
            format!("[{}:0]", port.width - 1)
        };
        s.push_str(&format!(
            "//   {:<6} {:<7} {:<13} {}\n",
            port.dir, w, port.name, port.doc
        ));
    }
    s.push_str("//\n// Lint: verilator --lint-only -Wall rtl/lint.vlt <this file> (waivers justified there).\n\n");
    s
}

#[cfg(test)]
mod tests {
    use super::plain_names;

    #[test]
    fn dollar_names_become_double_underscores_system_names_stay() {
        let v = "reg signed [15:0] theta_mem$read_data;\nx = $signed(theta_mem$read_data) + 32'h1;";
        assert_eq!(
            plain_names(v).unwrap(),
            "reg signed [15:0] theta_mem__read_data;\nx = $signed(theta_mem__read_data) + 32'h1;"
        );
    }

    #[test]
    fn a_collision_is_refused_naming_both() {
        let e = plain_names("wire a$b; wire a__b;").unwrap_err();
        assert!(e.contains("a$b") && e.contains("a__b"), "{e}");
    }
}
