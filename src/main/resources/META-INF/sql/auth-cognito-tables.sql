CREATE TABLE IF NOT EXISTS auth_cognito_account (customer_id VARCHAR(255) PRIMARY KEY, cognito_username VARCHAR(255), migration_state VARCHAR(32) NOT NULL, password_rejected_by_policy BOOLEAN NOT NULL DEFAULT FALSE, updated_at TIMESTAMPTZ NOT NULL DEFAULT now())
CREATE TABLE IF NOT EXISTS auth_cognito_session_generation (customer_id VARCHAR(255) PRIMARY KEY, generation BIGINT NOT NULL)
CREATE TABLE IF NOT EXISTS auth_cognito_login_failure (subject VARCHAR(320) PRIMARY KEY, failures INT NOT NULL, window_start TIMESTAMPTZ NOT NULL)
CREATE TABLE IF NOT EXISTS auth_cognito_ended_login (login_id VARCHAR(64) PRIMARY KEY, ended_at TIMESTAMPTZ NOT NULL DEFAULT now())
CREATE TABLE IF NOT EXISTS auth_cognito_setting (name VARCHAR(64) PRIMARY KEY, value VARCHAR(512) NOT NULL)
ALTER TABLE auth_cognito_account ADD COLUMN IF NOT EXISTS email_held_elsewhere BOOLEAN NOT NULL DEFAULT FALSE
ALTER TABLE auth_cognito_login_failure ADD COLUMN IF NOT EXISTS pending INT NOT NULL DEFAULT 0
ALTER TABLE auth_cognito_login_failure ADD COLUMN IF NOT EXISTS pending_at TIMESTAMPTZ NOT NULL DEFAULT now()
ALTER TABLE auth_cognito_account ADD COLUMN IF NOT EXISTS totp_on BOOLEAN NOT NULL DEFAULT FALSE
