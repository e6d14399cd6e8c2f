//! The trainer as one Verilog file: rust-hdl's `generate_verilog` of `MgdTrainer`, its top
//! module named `mgd_trainer_<stem>` (sub-modules `mgd_trainer_<stem>$sequencer`, ...: the
//! Rust field paths), after a header naming the configuration (path and FNV-1a hash of its
//! text) and the top-level ports. Twin: `blocks::trainer`. Test: `tests/verilog.rs`.

use rust_hdl::prelude::*;

use super::{Design, ExportError, Result};
use crate::fixed::{ACT_W, PADDR_W, THETA_W, WIDE_W};

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
        p("sample_data", "input", ACT_W, "one input of the streamed sample, signed, format fixed.act"),
        p("sample_label", "input", 8, "label of the streamed sample, taken with its last input"),
        p("sample_ready", "output", 1, "the chip takes sample_data at this rising edge if sample_valid"),
        p("read_clock", "input", 1, "clock of the weight read-out: tie to clock, or strobe it while clock is held"),
        p("read_addr", "input", PADDR_W, "parameter index to read out (0..P-1), taken at the rising edge of read_clock"),
        p("read_theta", "output", THETA_W, "theta[read_addr] as of the last read_clock edge, signed, format fixed.theta; registered (block RAM)"),
        p("steps", "output", 32, "MGD steps taken since reset"),
        p("current_cost", "output", WIDE_W, "baseline cost C0 of the last baseline inference, signed, 2*act.frac+1 fraction bits"),
        p("done", "output", 1, "the step budget run.steps is reached; the chip idles"),
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
    let body = defines.defines();
    Ok(format!("{}{}", header(design), body.trim_end()) + "\n")
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
         // formats: theta {theta}, act {actf}, grad {gw} bits, eta_shift {eta}, perturbation {pert:?} amplitude {amp} LSB\n\
         // taus: tau_x {tx}, tau_p {tp}, tau_theta {tt}; run.steps {steps} (then `done`)\n\
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
        amp = f.amp,
        tx = t.tau_x,
        tp = t.tau_p,
        tt = t.tau_theta,
        steps = t.max_steps,
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
