//! Accounts: users and their roles, passwords, single-use tokens, sessions and login throttling.

pub mod countries;
pub mod password;
pub mod session;
pub mod throttle;
pub mod tokens;
pub mod users;
pub mod validate;

use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::users as users_table;

/// What a user may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Learner,
    PartnerManager,
    ProgrammeAdmin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::PartnerManager => "partner_manager",
            Role::ProgrammeAdmin => "programme_admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "learner" => Some(Role::Learner),
            "partner_manager" => Some(Role::PartnerManager),
            "programme_admin" => Some(Role::ProgrammeAdmin),
            _ => None,
        }
    }

    /// How the role is called on pages, in the language being served.
    pub fn label(self) -> String {
        crate::i18n::t(match self {
            Role::Learner => "role-learner",
            Role::PartnerManager => "role-partner-manager",
            Role::ProgrammeAdmin => "role-programme-admin",
        })
    }
}

/// A row of `users`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users_table)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub name: String,
    pub company: String,
    pub country: String,
    pub role: String,
    pub email_verified_at: Option<i64>,
    pub token_version: i64,
    pub disabled_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The partner company the person belongs to (at most one).
    pub partner_id: Option<i64>,
    /// The interface language the person chose (`None`: the browser's).
    pub locale: Option<String>,
    /// Rises with every change of the person's knowledge-check answers (kept by triggers): a copy
    /// of the answers made at this number is still exact.
    pub answers_version: i64,
}

impl User {
    /// The role; an unknown value (impossible under the CHECK constraint) is the least privileged.
    pub fn role(&self) -> Role {
        Role::parse(&self.role).unwrap_or(Role::Learner)
    }

    pub fn email_verified(&self) -> bool {
        self.email_verified_at.is_some()
    }
}
