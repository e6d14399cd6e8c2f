//! The fast model's registers under the paths and widths of `chip::regs::REGS` (the lockstep
//! test compares them with the RTL's, the VCD writer records them).

use super::trainer::FastTrainer;
use crate::chip::regs::{Kind, COST_TERM_REGS, LANE_REGS, NEURON_REGS, REGS};
use std::borrow::Cow;

/// A register's value: a two's-complement integer of the register's width, or an FSM state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegValue {
    /// An integer (the low `width` bits are the register).
    Int(i64),
    /// The FSM state's name.
    State(&'static str),
}

/// The model's value of register `path`, or `None` for a path the model does not know.
pub fn value(t: &FastTrainer, path: &str) -> Option<RegValue> {
    use RegValue::Int;
    let s = t.snapshot();
    let (q, p, n) = (&s.sequencer, &s.perturbation, &s.network);
    // The row the row word holds: the sweep's in Corr, else the network's.
    let seen = match q.state {
        crate::chip::SeqState::Corr => q.count,
        _ => n.count,
    } as usize;
    Some(match path {
        "sequencer.state" => RegValue::State(q.state.name()),
        "sequencer.count" => Int(q.count.into()),
        "sequencer.x_count" => Int(q.x_count.into()),
        "sequencer.p_count" => Int(q.p_count.into()),
        "sequencer.theta_count" => Int(q.theta_count.into()),
        "sequencer.sample_index" => Int(q.sample_index.into()),
        "sequencer.sample_base" => Int(q.sample_base.into()),
        "sequencer.step_count" => Int(q.step_count.into()),
        "sequencer.eval_count" => Int(q.eval_count.into()),
        "sequencer.eval_index" => Int(q.eval_index.into()),
        "sequencer.eval_base" => Int(q.eval_base.into()),
        "sequencer.at_target" => Int(q.at_target.into()),
        "sequencer.load_lane" => Int(q.load_lane.into()),
        "sequencer.pass_count" => Int(q.pass_count.into()),
        "sequencer.drain" => Int(q.drain.into()),
        "sequencer.defer" => Int(q.defer.into()),
        "sequencer.defers" => Int(q.defers.into()),
        "sequencer.pdrain" => Int(q.pdrain.into()),
        "sequencer.held" => Int(q.held.into()),
        // Set when the network's row after the next is the last parameter row: the cycle
        // before a chained evaluation's handover.
        "sequencer.preload" => {
            let sched = &t.plan().schedule;
            Int(super::sequencer::preloads(q, sched, n.issue_next(sched)).into())
        }
        // `preload` registered: a chained evaluation's handover cycle.
        "sequencer.chain_start" => {
            let sched = &t.plan().schedule;
            Int(super::sequencer::chain_starts(q, sched, n.issued(sched)).into())
        }
        // `fusing` registered from the next state: this state's.
        "sequencer.fusing_q" => {
            Int(
                super::sequencer::outputs(q, &t.plan().schedule, false, false, false)
                    .fusing
                    .into(),
            )
        }
        // `loading` registered from the next state: this state's.
        "sequencer.loading_q" => Int(q.state.is_load().into()),
        "perturbation.lfsr" => Int(p.lfsr.into()),
        "perturbation.start" => Int(p.start.into()),
        "perturbation.slot" => Int(p.slot.into()),
        "network.count" => Int(n.count.into()),
        "network.row_word" => {
            let plan = t.plan();
            let r = plan.rows.get(seen).unwrap_or(&plan.rows[0]);
            Int(r.encode(plan.lanes) as i64)
        }
        "network.next_act" => {
            // With the pipeline, the activation word of the row after the row word's (in the
            // Corr sweep, of the sweep's next row).
            let plan = t.plan();
            match (plan.pipeline, q.state == crate::chip::SeqState::Corr) {
                (true, false) => {
                    Int(crate::chip::lanes::next_act_word(&plan.rows, plan.lanes, seen) as i64)
                }
                (true, true) => Int(plan.rows[plan.sweep_after(seen)].act_word(plan.lanes) as i64),
                (false, _) => Int(0),
            }
        }
        "network.running" => Int(n.running.into()),
        "network.finished" => Int(n.finished.into()),
        "network.pipe_word1" | "network.pipe_word2" | "network.pipe_word3"
        | "network.pipe_word4" | "network.pipe_word5" | "network.pipe_word6" => {
            let k = usize::from(path.as_bytes()[path.len() - 1] - b'1');
            let plan = t.plan();
            Int(n.pipe_rows[k].map_or(0, |r| plan.rows[r as usize].encode(plan.lanes) as i64))
        }
        "cost.sum" => Int(s.cost.sum),
        "cost.base" => Int(s.cost.base),
        "cost.delta" => Int(s.cost.delta),
        // Registered beside `delta` from the same C and C0 (0 without the pipeline, where
        // `delta` is 0 too): always -`delta`.
        "cost.neg_delta" => Int(-s.cost.delta),
        // Registered beside `delta` from the same C and C0: always C~16 of `delta`.
        "cost.delta16" => {
            let plan = t.plan();
            Int(match plan.pipeline {
                true => plan
                    .formats
                    .node_delta(crate::fixed::Cost(s.cost.delta))
                    .into(),
                false => 0,
            })
        }
        "cost.pipe_strobe" => Int(s.cost.pipe_strobe.into()),
        "cost.pipe_term" => Int(s.cost.pipe_term),
        "cost.pipe_fold" => Int(s.cost.pipe_fold.into()),
        "score.best" => Int(s.score.best.into()),
        "score.best_index" => Int(s.score.best_index.into()),
        "score.tally" => Int(s.score.tally.into()),
        "score.correct" => Int(s.score.correct.into()),
        "label" => Int(s.label.into()),
        "cost_label" => Int(s.cost_label.into()),
        _ if path.starts_with("score.line$") => {
            let k: usize = path["score.line$".len()..].parse().ok()?;
            Int((*s.score.line.get(k)?).into())
        }
        _ => return None,
    })
}

/// The model's value of lane `l`'s register `name` (`chip::regs::LANE_REGS`).
pub fn lane_value(t: &FastTrainer, l: usize, name: &str) -> Option<RegValue> {
    let p = t
        .snapshot()
        .network
        .lanes
        .get(l)
        .copied()
        .unwrap_or_default();
    Some(RegValue::Int(match name {
        "pipe_theta" => p.theta.into(),
        "pipe_x" => p.x.into(),
        "pipe_take" => p.take.into(),
        "pipe_product" => p.product,
        "pipe_fix" => p.fix,
        "pipe_subtree" => p.subtree,
        "pipe_grad" => p.grad,
        "pipe_old" => p.old.into(),
        "pipe_write" => p.write.into(),
        "pipe_update" => p.update.into(),
        "pipe_row" => p.row.into(),
        "pipe_vel" => p.vel,
        "pipe_step" => p.step,
        "pipe_base" => p.base.into(),
        "pipe_apply" => p.apply.into(),
        "pipe_theta_row" => p.theta_row.into(),
        "pipe_next_theta" => p.next_theta.into(),
        "pipe_store" => p.store.into(),
        "pipe_store_row" => p.store_row.into(),
        "pipe_load" => p.load.into(),
        "pipe_load_row" => p.load_row.into(),
        "pipe_load_data" => match p.load_stream {
            true => p.load_data.into(),
            false => 0i32.into(),
        },
        "pipe_load_stream" => p.load_stream.into(),
        "pipe_nsign0" => p.nsign0.into(),
        "pipe_nswept0" => p.nswept0.into(),
        "pipe_nupd0" => p.nupd0.into(),
        "pipe_nrow0" => p.nrow0.into(),
        "pipe_nraw" => p.nraw,
        "pipe_nfix" => p.nfix,
        "pipe_nsign" => p.nsign.into(),
        "pipe_nswept" => p.nswept.into(),
        "pipe_nupd" => p.nupd.into(),
        "pipe_nrow" => p.nrow.into(),
        "pipe_nprod" => p.nprod,
        "pipe_nsign2" => p.nsign2.into(),
        "pipe_nswept2" => p.nswept2.into(),
        "pipe_nupd2" => p.nupd2.into(),
        "pipe_nrow2" => p.nrow2.into(),
        // `sequencer.corr_next` registered: `corr` itself.
        "corr_q" => (t.snapshot().sequencer.state == crate::chip::SeqState::Corr).into(),
        // `sequencer.init_next` and `init_row_next` registered: the state Init (inverted) and
        // its row.
        "init_done" => (t.snapshot().sequencer.state != crate::chip::SeqState::Init).into(),
        "init_row" => match t.snapshot().sequencer.state {
            crate::chip::SeqState::Init => t.snapshot().sequencer.count.into(),
            _ => 0i64,
        },
        _ => return None,
    }))
}

/// The model's value of neuron g's register `name` (`chip::regs::NEURON_REGS`).
pub fn neuron_value(t: &FastTrainer, g: usize, name: &str) -> Option<RegValue> {
    let n = t.snapshot().network.neuron(g);
    Some(RegValue::Int(match name {
        "acc" => n.acc,
        "pipe_sum" => n.pipe_sum,
        "pipe_u" => n.pipe_u.into(),
        "pipe_out" => n.pipe_out.into(),
        _ => return None,
    }))
}

/// The model's value of cost term g's register `name` (`chip::regs::COST_TERM_REGS`).
pub fn cost_term_value(t: &FastTrainer, g: usize, name: &str) -> Option<RegValue> {
    let c = &t.snapshot().cost;
    Some(RegValue::Int(match name {
        "pipe_mag" => match g {
            0 => c.pipe_mag,
            g => *c.pipe_mags.get(g - 1)?,
        }
        .into(),
        _ => return None,
    }))
}

/// Every register with the model's value: `REGS` in table order, then each lane's
/// `LANE_REGS` under `lanes$l.`, each neuron's `NEURON_REGS` under `neurons$g.` and each cost
/// term's `COST_TERM_REGS` under `cost_terms$g.`. Paths are rust-hdl field paths.
pub fn values(t: &FastTrainer) -> Vec<(Cow<'static, str>, Kind, RegValue)> {
    let chip = REGS.iter().map(|r| {
        let v = value(t, r.path)
            .unwrap_or_else(|| panic!("chip::regs lists `{}`, which the model lacks", r.path));
        debug_assert!(matches!(
            (r.kind, v),
            (Kind::State, RegValue::State(_)) | (Kind::Bits(_), RegValue::Int(_))
        ));
        (Cow::Borrowed(r.path), r.kind, v)
    });
    let lanes = (0..t.plan().units()).flat_map(|l| {
        LANE_REGS.iter().map(move |r| {
            let v = lane_value(t, l, r.path).unwrap_or_else(|| {
                panic!("chip::regs lists lane `{}`, which the model lacks", r.path)
            });
            (Cow::Owned(format!("lanes${l}.{}", r.path)), r.kind, v)
        })
    });
    let pe = t.plan().pe;
    let neurons = (0..pe).flat_map(|g| {
        NEURON_REGS.iter().map(move |r| {
            let v = neuron_value(t, g, r.path).expect("chip::regs lists the model's neurons");
            (Cow::Owned(format!("neurons${g}.{}", r.path)), r.kind, v)
        })
    });
    let terms = (0..pe).flat_map(|g| {
        COST_TERM_REGS.iter().map(move |r| {
            let v = cost_term_value(t, g, r.path).expect("chip::regs lists the model's terms");
            (Cow::Owned(format!("cost_terms${g}.{}", r.path)), r.kind, v)
        })
    });
    chip.chain(lanes).chain(neurons).chain(terms).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chip::ChipPlan;
    use crate::fixtures::{xor_config, xor_data};

    #[test]
    fn every_listed_register_has_a_model_value_of_its_kind() {
        let t = FastTrainer::new(ChipPlan::new(&xor_config(), &xor_data().train).unwrap());
        let v = values(&t);
        let pe = t.plan().pe;
        assert_eq!(
            v.len(),
            REGS.len()
                + LANE_REGS.len() * t.plan().units()
                + (NEURON_REGS.len() + COST_TERM_REGS.len()) * pe
        );
        assert_eq!(value(&t, "network.nonexistent"), None);
    }
}
