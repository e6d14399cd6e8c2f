//! Configuration: the standard files load, and every kind of bad input is refused with a
//! message naming the file, the line and the field. Messages are pinned by insta snapshots.

use mgdsim::config::{Config, PerturbTarget, PerturbationKind};
use std::path::Path;

fn relative(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string()
}

fn load_relative(path: &Path) -> Result<Config, mgdsim::config::ConfigError> {
    let text = std::fs::read_to_string(path).expect("fixture readable");
    Config::parse(&relative(path), &text)
}

#[test]
fn standard_configs_load() {
    for name in [
        "xor",
        "parity4",
        "nist7x7",
        "digits",
        "iris",
        "digits_hw_device",
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("sim/configs/{name}.toml"));
        let c = Config::load(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(c.run.steps > 0, "{name}");
    }
}

#[test]
fn embedded_default_is_the_nist7x7_paper_setting() {
    let c = Config::default_config();
    assert_eq!(c.network.layers, vec![49, 4, 4]);
    assert_eq!(c.n_params(), 220, "MGD.md section 7: 220 parameters");
    assert_eq!(c.mgd.perturbation, PerturbationKind::Random);
    assert_eq!(c.mgd.target, PerturbTarget::Weight);
    assert_eq!((c.mgd.dtheta, c.mgd.eta), (0.01, 1.0));
    assert_eq!(c.data.dataset, "nist7x7");
}

#[test]
fn empty_file_takes_every_default() {
    let c = Config::parse("empty.toml", "").expect("defaults are valid");
    assert_eq!(c.network.layers, Config::default_config().network.layers);
    assert_eq!(c.line_of("mgd.tau_p"), 0);
}

#[test]
fn bad_configs_are_refused_with_file_line_and_field() {
    insta::glob!("fixtures/bad/config_*.toml", |path| {
        let msg = match load_relative(path) {
            Err(e) => e.to_string(),
            // Cross-checks against the data set (layer sizes) need its shape: nist7x7 is 49 -> 4.
            Ok(c) => match c.check_dataset(49, 4, "nist7x7") {
                Err(e) => e.to_string(),
                Ok(()) => panic!("{} was accepted", path.display()),
            },
        };
        insta::assert_snapshot!(msg);
    });
}

#[test]
fn two_class_data_accepts_one_or_two_outputs() {
    let mut c = Config::parse("x.toml", "[network]\nlayers = [2, 2, 1]\n").expect("valid");
    assert!(c.check_dataset(2, 2, "xor").is_ok());
    c.network.layers = vec![2, 2, 2];
    assert!(c.check_dataset(2, 2, "xor").is_ok());
    c.network.layers = vec![2, 2, 3];
    assert!(c.check_dataset(2, 2, "xor").is_err());
}

#[test]
fn missing_file_names_the_path() {
    let e = Config::load(Path::new("no/such/file.toml")).expect_err("missing");
    assert_eq!(e.to_string(), "cannot read no/such/file.toml");
}
