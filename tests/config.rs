//! Configuration: the standard files load, and every kind of bad input is refused with a
//! message naming the file, the line and the field. Messages are pinned by insta snapshots.

use mgdsim::config::{Activation, Config, NetworkKind, PerturbTarget, PerturbationKind};
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
        "digits_cnn",
        "fashion_cnn",
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

#[test]
fn cnn_takes_its_image_from_the_data_set_or_the_config() {
    let c = Config::parse("c.toml", "[network]\nkind = \"cnn\"\nwidth = 3\n").expect("valid");
    assert_eq!(
        c.network.kind,
        NetworkKind::Cnn {
            width: 3,
            image: None
        }
    );
    assert_eq!(c.network.activation, Activation::Tanh, "paper B's default");
    assert!(c.network.layers.is_empty());
    // IDX images and UCI digits are square, one channel.
    assert_eq!(
        c.cnn_image(784, "fashion").expect("28x28"),
        Some([28, 28, 1])
    );
    assert_eq!(c.cnn_image(64, "digits").expect("8x8"), Some([8, 8, 1]));
    assert!(c.check_dataset(64, 10, "digits").is_ok());
    // Not a square: refused, naming `network.image`.
    let e = c.cnn_image(65, "odd").expect_err("65 is no square");
    assert!(e.to_string().contains("`network.image`"), "{e}");
    // A stated image must hold the data set's inputs.
    let c = Config::parse(
        "c.toml",
        "[network]\nkind = \"cnn\"\nwidth = 1\nimage = [8, 12, 3]\n",
    )
    .expect("valid");
    assert_eq!(c.cnn_image(288, "rgb").expect("fits"), Some([8, 12, 3]));
    let e = c.check_dataset(64, 10, "digits").expect_err("64 != 288");
    assert_eq!(
        e.to_string(),
        "c.toml:4: `network.image` must be an image of 64 values (rows x cols x channels), as \
         data set `digits` has, got [8, 12, 3] (288 values)"
    );
    // An MLP has no image.
    assert_eq!(
        Config::default_config()
            .cnn_image(49, "nist7x7")
            .expect("mlp"),
        None
    );
}

#[test]
fn cnn_accepts_the_settings_its_trainers_implement() {
    let c = Config::parse(
        "c.toml",
        "[network]\nkind = \"cnn\"\nwidth = 2\nactivation = \"sigmoid\"\n\n[mgd]\n\
         target = \"weight\"\nbatch = 16\ntau_theta = 10\nperturbation = \"random\"\n\n\
         [backprop]\nbatch = 8\n",
    )
    .expect("valid");
    assert_eq!(
        (c.mgd.batch, c.mgd.tau_theta, c.backprop.batch),
        (16, 10, 8)
    );
    assert_eq!(c.mgd.target, PerturbTarget::Weight);
    assert!(!c.mgd.per_layer, "all layers at once unless asked");
    let c = Config::parse(
        "c.toml",
        "[network]\nkind = \"cnn\"\nwidth = 1\n\n[mgd]\ntarget = \"node\"\nper_layer = true\n",
    )
    .expect("valid");
    assert!(c.mgd.per_layer);
}
