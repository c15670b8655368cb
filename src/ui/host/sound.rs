//! Short beeps for the countdown, made with a Web Audio oscillator. The
//! audio context is created on the host's first click or key press (the
//! browser allows sound only after a user gesture, and nothing should play
//! before the host acts); a failure just means silence.

use web_sys::{AudioContext, OscillatorType};

/// The cues the host hears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// The countdown started.
    Start,
    /// One of the last five seconds.
    Tick,
    TimeUp,
}

impl Cue {
    /// Pitch in hertz and length in seconds.
    fn tone(self) -> (f32, f64) {
        match self {
            Cue::Start => (660.0, 0.18),
            Cue::Tick => (880.0, 0.08),
            Cue::TimeUp => (330.0, 0.7),
        }
    }
}

/// The page's sound: off until `wake`, silent while muted.
#[derive(Default)]
pub struct Beeper {
    context: Option<AudioContext>,
    pub muted: bool,
}

impl Beeper {
    /// Creates the audio context; call only from a click or key handler.
    pub fn wake(&mut self) {
        if self.context.is_none() {
            self.context = AudioContext::new().ok();
        }
    }

    /// Plays `cue` unless muted or not yet woken.
    pub fn play(&self, cue: Cue) {
        if self.muted {
            return;
        }
        let Some(context) = &self.context else { return };
        if beep(context, cue).is_err() {
            gloo::console::warn!("could not play a sound cue");
        }
    }
}

fn beep(context: &AudioContext, cue: Cue) -> Result<(), wasm_bindgen::JsValue> {
    let (pitch, length) = cue.tone();
    let start = context.current_time();
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(pitch);
    let gain = context.create_gain()?;
    // A quick fade in and out: a bare square edge clicks.
    gain.gain().set_value_at_time(0.0, start)?;
    gain.gain().linear_ramp_to_value_at_time(0.3, start + 0.01)?;
    gain.gain().linear_ramp_to_value_at_time(0.0, start + length)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&context.destination())?;
    oscillator.start()?;
    oscillator.stop_with_when(start + length + 0.02)?;
    Ok(())
}
