//! The learning-standards world: xAPI statements to a learning record store, and the durable
//! outbound queues (written in the transaction of each event) that xAPI statements and LTI scores
//! leave by.

pub mod outbound;
pub mod xapi;
pub mod xapi_events;
pub mod xapi_worker;
