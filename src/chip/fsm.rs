//! The sequencer's FSM states (drawn in `schedule`), one enum for the RTL (a rust-hdl
//! `LogicState`: its register, Verilog encoding and VCD strings) and the fast model (plain
//! data: compared, checkpointed).

use rust_hdl::prelude::*;

/// FSM state of the sequencer. The first variant is the reset value.
#[derive(
    Copy, Clone, PartialEq, Eq, Hash, Debug, LogicState, serde::Serialize, serde::Deserialize,
)]
pub enum SeqState {
    /// Write initial parameters, clear gradients.
    Init,
    /// Load the sample's inputs.
    Load,
    /// Start the baseline inference.
    Base,
    /// Wait for it; latch C0.
    BaseWait,
    /// Start the perturbed inference.
    Pert,
    /// Wait for it.
    PertWait,
    /// Correlate and accumulate (and update) over all parameters.
    Corr,
    /// Advance the step counters.
    Next,
    /// Step budget spent or target reached.
    Halt,
    /// Evaluation: load sample `eval_index`'s inputs.
    EvalLoad,
    /// Evaluation: start its inference (unperturbed).
    EvalStart,
    /// Evaluation: wait for it; score the prediction.
    EvalWait,
    /// Evaluation over: latch the count, then halt or go back to training.
    EvalEnd,
}

impl SeqState {
    /// One of the evaluation states (the `evaluating` port).
    pub fn is_eval(self) -> bool {
        matches!(
            self,
            SeqState::EvalLoad | SeqState::EvalStart | SeqState::EvalWait | SeqState::EvalEnd
        )
    }

    /// One of the load states (the `loading` port, `sequencer.loading_q` registered).
    pub fn is_load(self) -> bool {
        matches!(self, SeqState::Load | SeqState::EvalLoad)
    }

    /// The variant's name, as rust-hdl writes it into a VCD.
    pub fn name(self) -> &'static str {
        match self {
            SeqState::Init => "Init",
            SeqState::Load => "Load",
            SeqState::Base => "Base",
            SeqState::BaseWait => "BaseWait",
            SeqState::Pert => "Pert",
            SeqState::PertWait => "PertWait",
            SeqState::Corr => "Corr",
            SeqState::Next => "Next",
            SeqState::Halt => "Halt",
            SeqState::EvalLoad => "EvalLoad",
            SeqState::EvalStart => "EvalStart",
            SeqState::EvalWait => "EvalWait",
            SeqState::EvalEnd => "EvalEnd",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_vcd_strings_and_init_is_the_reset_value() {
        assert_eq!(SeqState::default(), SeqState::Init);
        for s in [
            SeqState::Init,
            SeqState::BaseWait,
            SeqState::Halt,
            SeqState::EvalWait,
        ] {
            assert_eq!(s.vcd(), VCDValue::String(s.name().into()));
        }
    }
}
