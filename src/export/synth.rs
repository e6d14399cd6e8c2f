//! Synthesis report (yosys, nextpnr).
