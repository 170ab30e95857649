//! The learning-standards world: xAPI statements to a learning record store (a durable queue
//! written in the transaction of each event).

pub mod xapi;
pub mod xapi_events;
pub mod xapi_worker;
