//! The FuseSoC core file of an exported design, `rtl/<stem>.core` (CAPI2): the Verilog as
//! fileset `rtl`; the Verilog testbench, its golden vectors (copied into the work root, where
//! the testbench looks for them) and the stalled run's as fileset `tb`. Targets: `default`
//! (the trainer alone), `sim` (Icarus Verilog: the golden-vector testbench, `PASS` or the
//! first `MISMATCH`), `sim_stalls` (the same with `-DSTALLS`), `lint` (Verilator `-Wall` with
//! `rtl/lint.vlt`) and `synth` (yosys for iCE40). Test: `tests/fusesoc.rs` runs
//! `fusesoc run --target sim`.

use std::path::Path;

use super::cocotb::relative;
use super::Design;

/// Core name of `design`: `mgdsim:mgd:<stem>:<version>`.
pub fn core_name(design: &Design) -> String {
    format!("mgdsim:mgd:{}:{}", design.stem, env!("CARGO_PKG_VERSION"))
}

/// The `.core` text for `design`, the core file at `core`, its testbench at `testbench`, the
/// vectors at `vectors` (stalled run in `stall_vectors`), the lint waivers at `waivers`.
pub fn core(
    design: &Design,
    core: &Path,
    testbench: &Path,
    vectors: &Path,
    stall_vectors: &Path,
) -> String {
    let dir = core.parent().unwrap_or(Path::new(""));
    let rel = |p: &Path| relative(dir, p).display().to_string();
    let stem = &design.stem;
    let mut files = String::new();
    let mut add = |from: &Path, name: &str, to: &str| {
        files.push_str(&format!(
            "      - {}: {{file_type: user, copyto: {to}/{name}}}\n",
            rel(&from.join(name))
        ));
    };
    let unstalled = format!("testbenches/vectors/{stem}");
    for f in ["status.hex", "theta.hex"] {
        add(vectors, f, &unstalled);
    }
    if design.plan.stream_only {
        add(vectors, "stream.hex", &unstalled);
    }
    let stalled = format!("testbenches/vectors/{stem}/stall");
    for f in [
        "status.hex",
        "theta.hex",
        "stream.hex",
        "valid.hex",
        "readout.hex",
    ] {
        add(stall_vectors, f, &stalled);
    }
    let verilog = format!("{stem}.v");
    format!(
        "CAPI=2:\n\
         # {top}: MGD trainer exported by mgdsim (`mgdsim export`) from {path}. Do not edit:\n\
         # regenerate. Simulate: fusesoc --cores-root {dir} run --target sim {name}\n\
         name: {name}\n\
         description: MGD trainer {stem} (chip that trains its own network), with its golden-vector testbench\n\
         \n\
         filesets:\n\
         \x20 rtl:\n\
         \x20   files: [{verilog}]\n\
         \x20   file_type: verilogSource\n\
         \x20 waivers:\n\
         \x20   files:\n\
         \x20     - lint.vlt: {{file_type: vlt}}\n\
         \x20 tb:\n\
         \x20   files:\n\
         \x20     - {tb}: {{file_type: verilogSource}}\n\
         {files}\
         \n\
         targets:\n\
         \x20 default:\n\
         \x20   filesets: [rtl]\n\
         \x20   toplevel: {top}\n\
         \x20 sim:\n\
         \x20   default_tool: icarus\n\
         \x20   filesets: [rtl, tb]\n\
         \x20   toplevel: tb_{stem}\n\
         \x20   tools:\n\
         \x20     icarus:\n\
         \x20       iverilog_options: [-g2005]\n\
         \x20 sim_stalls:\n\
         \x20   default_tool: icarus\n\
         \x20   filesets: [rtl, tb]\n\
         \x20   toplevel: tb_{stem}\n\
         \x20   tools:\n\
         \x20     icarus:\n\
         \x20       iverilog_options: [-g2005, -DSTALLS]\n\
         \x20 lint:\n\
         \x20   default_tool: verilator\n\
         \x20   filesets: [waivers, rtl]\n\
         \x20   toplevel: {top}\n\
         \x20   tools:\n\
         \x20     verilator:\n\
         \x20       mode: lint-only\n\
         \x20       verilator_options: [-Wall]\n\
         \x20 synth:\n\
         \x20   default_tool: yosys\n\
         \x20   filesets: [rtl]\n\
         \x20   toplevel: {top}\n\
         \x20   tools:\n\
         \x20     yosys:\n\
         \x20       arch: ice40\n",
        top = design.top_name(),
        path = design.path,
        name = core_name(design),
        dir = dir.display(),
        tb = rel(testbench),
    )
}
