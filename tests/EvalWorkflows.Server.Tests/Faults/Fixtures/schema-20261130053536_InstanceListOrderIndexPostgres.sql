--
-- PostgreSQL database dump
--

\restrict hrI2mc3HqtcgyQDcGxAlE7BdqjvUCBxzTV37dzCHjE7BvmygKUkJgTEQFxti8f0

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: hangfire; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA hangfire;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: aggregatedcounter; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.aggregatedcounter (
    id bigint NOT NULL,
    key text NOT NULL,
    value bigint NOT NULL,
    expireat timestamp with time zone
);


--
-- Name: aggregatedcounter_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.aggregatedcounter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: aggregatedcounter_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.aggregatedcounter_id_seq OWNED BY hangfire.aggregatedcounter.id;


--
-- Name: counter; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.counter (
    id bigint NOT NULL,
    key text NOT NULL,
    value bigint NOT NULL,
    expireat timestamp with time zone
);


--
-- Name: counter_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.counter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: counter_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.counter_id_seq OWNED BY hangfire.counter.id;


--
-- Name: hash; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.hash (
    id bigint NOT NULL,
    key text NOT NULL,
    field text NOT NULL,
    value text,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: hash_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.hash_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: hash_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.hash_id_seq OWNED BY hangfire.hash.id;


--
-- Name: job; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.job (
    id bigint NOT NULL,
    stateid bigint,
    statename text,
    invocationdata jsonb NOT NULL,
    arguments jsonb NOT NULL,
    createdat timestamp with time zone NOT NULL,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: job_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.job_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: job_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.job_id_seq OWNED BY hangfire.job.id;


--
-- Name: jobparameter; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.jobparameter (
    id bigint NOT NULL,
    jobid bigint NOT NULL,
    name text NOT NULL,
    value text,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: jobparameter_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.jobparameter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: jobparameter_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.jobparameter_id_seq OWNED BY hangfire.jobparameter.id;


--
-- Name: jobqueue; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.jobqueue (
    id bigint NOT NULL,
    jobid bigint NOT NULL,
    queue text NOT NULL,
    fetchedat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: jobqueue_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.jobqueue_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: jobqueue_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.jobqueue_id_seq OWNED BY hangfire.jobqueue.id;


--
-- Name: list; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.list (
    id bigint NOT NULL,
    key text NOT NULL,
    value text,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: list_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.list_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: list_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.list_id_seq OWNED BY hangfire.list.id;


--
-- Name: lock; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.lock (
    resource text NOT NULL,
    updatecount integer DEFAULT 0 NOT NULL,
    acquired timestamp with time zone
);


--
-- Name: schema; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.schema (
    version integer NOT NULL
);


--
-- Name: server; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.server (
    id text NOT NULL,
    data jsonb,
    lastheartbeat timestamp with time zone NOT NULL,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: set; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.set (
    id bigint NOT NULL,
    key text NOT NULL,
    score double precision NOT NULL,
    value text NOT NULL,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: set_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.set_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: set_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.set_id_seq OWNED BY hangfire.set.id;


--
-- Name: state; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.state (
    id bigint NOT NULL,
    jobid bigint NOT NULL,
    name text NOT NULL,
    reason text,
    createdat timestamp with time zone NOT NULL,
    data jsonb,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: state_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.state_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: state_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.state_id_seq OWNED BY hangfire.state.id;


--
-- Name: AspNetRoleClaims; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetRoleClaims" (
    "Id" integer NOT NULL,
    "RoleId" text NOT NULL,
    "ClaimType" text,
    "ClaimValue" text
);


--
-- Name: AspNetRoleClaims_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."AspNetRoleClaims" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."AspNetRoleClaims_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: AspNetRoles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetRoles" (
    "Id" text NOT NULL,
    "Name" character varying(256),
    "NormalizedName" character varying(256),
    "ConcurrencyStamp" text
);


--
-- Name: AspNetUserClaims; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserClaims" (
    "Id" integer NOT NULL,
    "UserId" text NOT NULL,
    "ClaimType" text,
    "ClaimValue" text
);


--
-- Name: AspNetUserClaims_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."AspNetUserClaims" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."AspNetUserClaims_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: AspNetUserLogins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserLogins" (
    "LoginProvider" text NOT NULL,
    "ProviderKey" text NOT NULL,
    "ProviderDisplayName" text,
    "UserId" text NOT NULL
);


--
-- Name: AspNetUserRoles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserRoles" (
    "UserId" text NOT NULL,
    "RoleId" text NOT NULL
);


--
-- Name: AspNetUserTokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserTokens" (
    "UserId" text NOT NULL,
    "LoginProvider" text NOT NULL,
    "Name" text NOT NULL,
    "Value" text
);


--
-- Name: AspNetUsers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUsers" (
    "Id" text NOT NULL,
    "DisplayName" text,
    "InstitutionId" uuid,
    "UserName" character varying(256),
    "NormalizedUserName" character varying(256),
    "Email" character varying(256),
    "NormalizedEmail" character varying(256),
    "EmailConfirmed" boolean NOT NULL,
    "PasswordHash" text,
    "SecurityStamp" text,
    "ConcurrencyStamp" text,
    "PhoneNumber" text,
    "PhoneNumberConfirmed" boolean NOT NULL,
    "TwoFactorEnabled" boolean NOT NULL,
    "LockoutEnd" bigint,
    "LockoutEnabled" boolean NOT NULL,
    "AccessFailedCount" integer NOT NULL
);


--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Name: annual_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.annual_reports (
    "Id" uuid NOT NULL,
    "FilingId" uuid NOT NULL,
    "InstitutionId" uuid NOT NULL,
    "Year" integer NOT NULL,
    "Status" text NOT NULL,
    "WindowOpens" date NOT NULL,
    "WindowCloses" date NOT NULL,
    "ResubmitDueOn" date,
    "SubmittedOn" date,
    "DecidedOn" date,
    "ReturnReason" text,
    "InstanceId" uuid,
    "Basis" text NOT NULL,
    "Content" jsonb
);


--
-- Name: assessment_plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assessment_plans (
    "Id" uuid NOT NULL,
    "FilingId" uuid NOT NULL,
    "InstitutionId" uuid NOT NULL,
    "ExamStart" date NOT NULL,
    "ExamEnd" date NOT NULL,
    "SubmittedAt" bigint NOT NULL,
    "Status" text NOT NULL,
    "SupervisorUserName" text,
    "ResultsPublishedOn" date,
    "PublicityEndsOn" date,
    "Revision" bigint NOT NULL,
    "Assessors" jsonb,
    "Occupations" jsonb,
    "Sessions" jsonb
);


--
-- Name: calendar_correction_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_correction_days (
    "Date" date NOT NULL,
    "CorrectionId" bigint NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Name" character varying(50)
);


--
-- Name: calendar_corrections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_corrections (
    "Id" bigint NOT NULL,
    "Year" integer NOT NULL,
    "Notice" character varying(500) NOT NULL,
    "ChangedBy" character varying(256) NOT NULL,
    "ChangedAt" bigint NOT NULL
);


--
-- Name: calendar_corrections_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.calendar_corrections ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."calendar_corrections_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: database_identity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.database_identity (
    "Id" uuid NOT NULL,
    "CreatedAt" bigint NOT NULL,
    "HeartbeatAt" bigint NOT NULL
);


--
-- Name: filing_correction_rounds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.filing_correction_rounds (
    "Id" uuid NOT NULL,
    "FilingId" uuid NOT NULL,
    "Round" integer NOT NULL,
    "RequestedAt" bigint NOT NULL,
    "RequestedBy" text,
    "Snapshot" text NOT NULL,
    "Items" jsonb
);


--
-- Name: filing_status_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.filing_status_changes (
    "Id" uuid NOT NULL,
    "FilingId" uuid NOT NULL,
    "From" text NOT NULL,
    "To" text NOT NULL,
    "At" bigint NOT NULL,
    "Actor" text,
    "Basis" text,
    "Note" text
);


--
-- Name: filings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.filings (
    "Id" uuid NOT NULL,
    "InstitutionId" uuid NOT NULL,
    "Authority" text NOT NULL,
    "Status" text NOT NULL,
    "InstitutionCode" text,
    "SubmissionVersion" integer NOT NULL,
    "SubmittedAt" bigint NOT NULL,
    "AcceptedOn" date,
    "CompletionDueOn" date,
    "FiledOn" date,
    "ValidFrom" date,
    "ValidUntil" date,
    "RenewalOpensOn" date,
    "GraceUntil" date,
    "DataReportingStopped" boolean NOT NULL,
    "Revision" bigint NOT NULL,
    "Assessors" jsonb,
    "Materials" jsonb,
    "Premises" jsonb NOT NULL,
    "Scope" jsonb
);


--
-- Name: idempotency_records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idempotency_records (
    "Endpoint" character varying(100) NOT NULL,
    "Key" character varying(200) NOT NULL,
    "RequestHash" text NOT NULL,
    "Result" text NOT NULL,
    "CreatedAt" bigint NOT NULL
);


--
-- Name: institution_contact_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.institution_contact_changes (
    "Id" uuid NOT NULL,
    "InstitutionId" uuid NOT NULL,
    "At" bigint NOT NULL,
    "By" text NOT NULL,
    "Field" text NOT NULL,
    "OldValue" text NOT NULL,
    "NewValue" text NOT NULL,
    "Reason" text NOT NULL
);


--
-- Name: institutions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.institutions (
    "Id" uuid NOT NULL,
    "Name" text NOT NULL,
    "CreditCode" text NOT NULL,
    "Kind" text NOT NULL,
    "LegalRepresentative" text NOT NULL,
    "Address" text NOT NULL,
    "ContactName" text NOT NULL,
    "ContactPhone" text NOT NULL,
    "Email" text NOT NULL,
    "Authority" text NOT NULL,
    "UserName" text,
    "CreatedAt" bigint NOT NULL
);


--
-- Name: legal_source_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_source_versions (
    "Id" bigint NOT NULL,
    "Code" character varying(32) NOT NULL,
    "Document" text NOT NULL,
    "ChangedBy" character varying(256) NOT NULL,
    "ChangedAt" bigint NOT NULL
);


--
-- Name: legal_source_versions_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.legal_source_versions ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."legal_source_versions_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notice_template_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notice_template_versions (
    "Id" bigint NOT NULL,
    "Name" text NOT NULL,
    "Text" text NOT NULL,
    "SavedBy" text NOT NULL,
    "SavedAt" bigint NOT NULL
);


--
-- Name: notice_template_versions_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notice_template_versions ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."notice_template_versions_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notices (
    "Id" uuid NOT NULL,
    "Template" text NOT NULL,
    "To" text NOT NULL,
    "Cc" text,
    "Subject" text NOT NULL,
    "HtmlBody" text NOT NULL,
    "TextBody" text NOT NULL,
    "Basis" text,
    "From" text,
    "ReplyTo" text,
    "InstanceId" uuid,
    "BusinessKey" text,
    "ElementId" text,
    "InstitutionId" uuid,
    "MessageId" text NOT NULL,
    "QueuedAt" bigint NOT NULL,
    "Status" character varying(16) NOT NULL,
    "Attempts" integer NOT NULL,
    "LastError" text,
    "NextAttemptAt" bigint NOT NULL,
    "LeaseEndsAt" bigint,
    "SentAt" bigint,
    "Revision" bigint NOT NULL
);


--
-- Name: publicity_objections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publicity_objections (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "RaisedBy" text NOT NULL,
    "Contact" text NOT NULL,
    "Content" text NOT NULL,
    "RaisedAt" bigint NOT NULL,
    "Status" text NOT NULL,
    "DecidedAt" bigint,
    "DecidedBy" text,
    "Answer" character varying(2000),
    "AnsweredAt" bigint,
    "AnsweredBy" text
);


--
-- Name: renewal_applications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.renewal_applications (
    "Id" uuid NOT NULL,
    "FilingId" uuid NOT NULL,
    "InstitutionId" uuid NOT NULL,
    "ReceivedOn" date NOT NULL,
    "Late" boolean NOT NULL,
    "Statement" text NOT NULL,
    "BatchExplanation" text,
    "IncentiveEvidence" text,
    "UnfinishedRectification" boolean NOT NULL,
    "Status" text NOT NULL,
    "DecidedOn" date,
    "Reasons" text,
    "InstanceId" uuid,
    "Checks" jsonb
);


--
-- Name: scope_change_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scope_change_requests (
    "Id" uuid NOT NULL,
    "FilingId" uuid NOT NULL,
    "RequestedAt" bigint NOT NULL,
    "Description" text NOT NULL,
    "RequestedBy" text,
    "Status" text NOT NULL
);


--
-- Name: stored_files; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stored_files (
    "Id" uuid NOT NULL,
    "InstitutionId" uuid NOT NULL,
    "FilingId" uuid,
    "FileName" text NOT NULL,
    "ContentType" text NOT NULL,
    "Size" bigint NOT NULL,
    "Sha256" text NOT NULL,
    "Content" bytea NOT NULL,
    "UploadedAt" bigint NOT NULL,
    "UploadedBy" text,
    "ObjectionId" uuid,
    "PlanId" uuid
);


--
-- Name: studio_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.studio_changes (
    "Id" bigint NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "Target" character varying(128) NOT NULL,
    "Version" bigint,
    "Action" character varying(64) NOT NULL,
    "ChangedBy" character varying(128) NOT NULL,
    "ChangedAt" bigint NOT NULL,
    "Reason" character varying(500)
);


--
-- Name: studio_changes_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.studio_changes ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."studio_changes_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: supervision_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supervision_reports (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "Supervisor" text NOT NULL,
    "SubmittedAt" bigint NOT NULL,
    "ExamAdministration" text NOT NULL,
    "CandidateEligibility" text NOT NULL,
    "QuestionsAndAssessors" text NOT NULL,
    "PremisesAndEquipment" text NOT NULL,
    "Fees" text NOT NULL,
    "Recommendation" text NOT NULL,
    "InvalidityGrounds" text
);


--
-- Name: wf_definitions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wf_definitions (
    "Id" uuid NOT NULL,
    "Key" text NOT NULL,
    "Version" integer NOT NULL,
    "Name" text,
    "Xml" text NOT NULL,
    "Hash" text NOT NULL,
    "DeployedAt" bigint NOT NULL,
    "DeployedBy" text
);


--
-- Name: wf_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wf_history (
    "Id" bigint NOT NULL,
    "InstanceId" uuid NOT NULL,
    "At" bigint NOT NULL,
    "Event" text NOT NULL,
    "ElementId" text,
    "ElementType" text,
    "Actor" text,
    "DataJson" text
);


--
-- Name: wf_history_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.wf_history ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."wf_history_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wf_incidents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wf_incidents (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "JobId" uuid NOT NULL,
    "ElementId" text NOT NULL,
    "Error" text NOT NULL,
    "RaisedAt" bigint NOT NULL,
    "ResolvedAt" bigint,
    "ResolvedBy" text
);


--
-- Name: wf_instances; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wf_instances (
    "Id" uuid NOT NULL,
    "DefinitionId" uuid NOT NULL,
    "DefinitionKey" text NOT NULL,
    "Version" integer NOT NULL,
    "BusinessKey" text,
    "Status" text NOT NULL,
    "VariablesJson" text NOT NULL,
    "StartedAt" bigint NOT NULL,
    "EndedAt" bigint,
    "StartedBy" text,
    "ParentInstanceId" uuid,
    "ParentTokenId" uuid,
    "Revision" bigint NOT NULL
);


--
-- Name: wf_jobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wf_jobs (
    "Id" uuid NOT NULL,
    "Kind" text NOT NULL,
    "InstanceId" uuid,
    "TokenId" uuid,
    "DefinitionId" uuid,
    "ElementId" text NOT NULL,
    "DueAt" bigint NOT NULL,
    "RepeatsLeft" integer NOT NULL,
    "Interval" text,
    "Attempts" integer NOT NULL,
    "LastError" text,
    "Suspended" boolean NOT NULL,
    "CreatedAt" bigint NOT NULL,
    "Revision" bigint NOT NULL
);


--
-- Name: wf_subscriptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wf_subscriptions (
    "Id" uuid NOT NULL,
    "InstanceId" uuid,
    "TokenId" uuid,
    "DefinitionId" uuid,
    "ElementId" text NOT NULL,
    "MessageName" text NOT NULL,
    "CorrelationKey" text,
    "CreatedAt" bigint NOT NULL,
    "Kind" text DEFAULT ''::text NOT NULL
);


--
-- Name: wf_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wf_tokens (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "ElementId" text NOT NULL,
    "ScopeTokenId" uuid,
    "State" text NOT NULL,
    "ArrivedVia" text,
    "CreatedAt" bigint NOT NULL,
    "LocalsJson" text
);


--
-- Name: wf_user_tasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wf_user_tasks (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "TokenId" uuid NOT NULL,
    "ElementId" text NOT NULL,
    "Name" text,
    "DefinitionKey" text NOT NULL,
    "BusinessKey" text,
    "CandidateRole" text,
    "Assignee" text,
    "FormKey" text,
    "Outcomes" text NOT NULL,
    "Basis" text,
    "DueAt" bigint,
    "CreatedAt" bigint NOT NULL,
    "Status" text NOT NULL,
    "CompletedAt" bigint,
    "CompletedBy" text,
    "Outcome" text,
    "DataJson" text,
    "Revision" bigint NOT NULL
);


--
-- Name: aggregatedcounter id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.aggregatedcounter ALTER COLUMN id SET DEFAULT nextval('hangfire.aggregatedcounter_id_seq'::regclass);


--
-- Name: counter id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.counter ALTER COLUMN id SET DEFAULT nextval('hangfire.counter_id_seq'::regclass);


--
-- Name: hash id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.hash ALTER COLUMN id SET DEFAULT nextval('hangfire.hash_id_seq'::regclass);


--
-- Name: job id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.job ALTER COLUMN id SET DEFAULT nextval('hangfire.job_id_seq'::regclass);


--
-- Name: jobparameter id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.jobparameter ALTER COLUMN id SET DEFAULT nextval('hangfire.jobparameter_id_seq'::regclass);


--
-- Name: jobqueue id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.jobqueue ALTER COLUMN id SET DEFAULT nextval('hangfire.jobqueue_id_seq'::regclass);


--
-- Name: list id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.list ALTER COLUMN id SET DEFAULT nextval('hangfire.list_id_seq'::regclass);


--
-- Name: set id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.set ALTER COLUMN id SET DEFAULT nextval('hangfire.set_id_seq'::regclass);


--
-- Name: state id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.state ALTER COLUMN id SET DEFAULT nextval('hangfire.state_id_seq'::regclass);


--
-- Data for Name: aggregatedcounter; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.aggregatedcounter (id, key, value, expireat) FROM stdin;
\.


--
-- Data for Name: counter; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.counter (id, key, value, expireat) FROM stdin;
1	stats:succeeded:2026-11-30	1	2026-12-30 09:02:46.213857+00
2	stats:succeeded:2026-11-30-09	1	2026-12-01 09:02:47.213857+00
3	stats:succeeded	1	\N
4	stats:succeeded:2026-11-30	1	2026-12-30 09:02:58.242042+00
5	stats:succeeded:2026-11-30-09	1	2026-12-01 09:02:59.242042+00
6	stats:succeeded:2026-11-30	1	2026-12-30 09:02:58.325838+00
7	stats:succeeded:2026-11-30-09	1	2026-12-01 09:02:59.325838+00
8	stats:succeeded	1	\N
9	stats:succeeded	1	\N
10	stats:succeeded:2026-11-30	1	2026-12-30 09:02:59.846454+00
11	stats:succeeded:2026-11-30-09	1	2026-12-01 09:03:00.846454+00
12	stats:succeeded	1	\N
13	stats:succeeded:2026-11-30	1	2026-12-30 09:03:00.244557+00
14	stats:succeeded:2026-11-30-09	1	2026-12-01 09:03:01.244557+00
15	stats:succeeded	1	\N
16	stats:succeeded:2026-11-30	1	2026-12-30 09:03:00.383591+00
17	stats:succeeded:2026-11-30-09	1	2026-12-01 09:03:01.383591+00
18	stats:succeeded	1	\N
19	stats:succeeded:2026-11-30	1	2026-12-30 09:03:00.514234+00
20	stats:succeeded:2026-11-30-09	1	2026-12-01 09:03:01.514234+00
21	stats:succeeded	1	\N
22	stats:succeeded:2026-11-30	1	2026-12-30 09:03:01.643257+00
23	stats:succeeded:2026-11-30-09	1	2026-12-01 09:03:02.643257+00
24	stats:succeeded	1	\N
25	stats:succeeded:2026-11-30	1	2026-12-30 09:03:03.336278+00
26	stats:succeeded:2026-11-30-09	1	2026-12-01 09:03:04.336278+00
27	stats:succeeded	1	\N
28	stats:succeeded:2026-11-30	1	2026-12-30 09:03:06.316769+00
29	stats:succeeded:2026-11-30-09	1	2026-12-01 09:03:07.316769+00
30	stats:succeeded	1	\N
31	stats:succeeded:2026-11-30	1	2026-12-30 09:03:07.551277+00
32	stats:succeeded:2026-11-30-09	1	2026-12-01 09:03:08.551277+00
33	stats:succeeded	1	\N
34	stats:succeeded:2026-11-30	1	2026-12-30 09:03:08.408438+00
35	stats:succeeded:2026-11-30-09	1	2026-12-01 09:03:09.408438+00
36	stats:succeeded	1	\N
37	stats:succeeded:2026-11-30	1	2026-12-30 09:03:09.172601+00
38	stats:succeeded:2026-11-30-09	1	2026-12-01 09:03:10.172601+00
39	stats:succeeded	1	\N
\.


--
-- Data for Name: hash; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.hash (id, key, field, value, expireat, updatecount) FROM stdin;
1	recurring-job:workflow-timer-sweep	Queue	default	\N	0
2	recurring-job:workflow-timer-sweep	Cron	* * * * *	\N	0
3	recurring-job:workflow-timer-sweep	TimeZoneId	UTC	\N	0
4	recurring-job:workflow-timer-sweep	Job	{"t":"EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine","m":"SweepAsync"}	\N	0
5	recurring-job:workflow-timer-sweep	CreatedAt	1796029316380	\N	0
7	recurring-job:workflow-timer-sweep	V	2	\N	0
8	recurring-job:notices-deliver-due	Queue	default	\N	0
9	recurring-job:notices-deliver-due	Cron	* * * * *	\N	0
10	recurring-job:notices-deliver-due	TimeZoneId	UTC	\N	0
11	recurring-job:notices-deliver-due	Job	{"t":"EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server","m":"DeliverDueAsync","p":["System.Threading.CancellationToken, mscorlib"],"a":[null]}	\N	0
12	recurring-job:notices-deliver-due	CreatedAt	1796029350726	\N	0
14	recurring-job:notices-deliver-due	V	2	\N	0
17	recurring-job:notices-deliver-due	LastExecution	1796029380588	\N	0
13	recurring-job:notices-deliver-due	NextExecution	1796029440000	\N	0
18	recurring-job:notices-deliver-due	LastJobId	12	\N	0
15	recurring-job:workflow-timer-sweep	LastExecution	1796029380588	\N	0
6	recurring-job:workflow-timer-sweep	NextExecution	1796029440000	\N	0
16	recurring-job:workflow-timer-sweep	LastJobId	15	\N	0
\.


--
-- Data for Name: job; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.job (id, stateid, statename, invocationdata, arguments, createdat, expireat, updatecount) FROM stdin;
1	3	Succeeded	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "SweepAsync", "Arguments": "[]", "ParameterTypes": "[]"}	[]	2026-11-30 09:02:43.000965+00	2026-12-01 09:02:47.213857+00	0
2	4	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"65015cde-e6f0-4c68-9669-f9ed5d360a38\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"65015cde-e6f0-4c68-9669-f9ed5d360a38\\""]	2026-11-30 09:02:55.615418+00	\N	0
3	5	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"d6779956-698e-47d6-967e-4a57ab050793\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"d6779956-698e-47d6-967e-4a57ab050793\\""]	2026-11-30 09:02:55.933562+00	\N	0
13	20	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"a7f11c58-04d3-41df-87d0-1bb865bb4eeb\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"a7f11c58-04d3-41df-87d0-1bb865bb4eeb\\""]	2026-11-30 09:03:00.71938+00	\N	0
5	8	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"52c14d46-e3d0-419e-ae95-fafde871f54d\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"52c14d46-e3d0-419e-ae95-fafde871f54d\\""]	2026-11-30 09:02:57.487886+00	\N	0
6	9	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"50a3b0c4-6429-453c-a8fb-1bc5c882aec2\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"50a3b0c4-6429-453c-a8fb-1bc5c882aec2\\""]	2026-11-30 09:02:57.678069+00	\N	0
8	12	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"884b777d-716a-40e7-a18e-b10358bdc28d\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"884b777d-716a-40e7-a18e-b10358bdc28d\\""]	2026-11-30 09:02:59.106694+00	\N	0
9	13	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"0bce2255-5b1f-4fd7-8dd3-06fc8daa3642\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"0bce2255-5b1f-4fd7-8dd3-06fc8daa3642\\""]	2026-11-30 09:02:59.158496+00	\N	0
4	16	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:02:56.047504+00	2026-12-01 09:02:59.325838+00	0
7	17	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:02:57.72283+00	2026-12-01 09:02:59.242042+00	0
11	19	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"ba30687f-caff-439a-83ae-80f0ddd1d68c\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"ba30687f-caff-439a-83ae-80f0ddd1d68c\\""]	2026-11-30 09:03:00.62108+00	\N	0
10	22	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:02:59.202982+00	2026-12-01 09:03:00.846454+00	0
17	31	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"0a3fee28-1552-4a99-9fac-d182bac9c7ce\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"0a3fee28-1552-4a99-9fac-d182bac9c7ce\\""]	2026-11-30 09:03:01.630343+00	\N	0
15	27	Succeeded	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "SweepAsync", "Arguments": "[]", "ParameterTypes": "[]"}	[]	2026-11-30 09:03:00.819879+00	2026-12-01 09:03:01.244557+00	0
14	28	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:03:00.781874+00	2026-12-01 09:03:01.383591+00	0
12	29	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:03:00.608053+00	2026-12-01 09:03:01.514234+00	0
16	30	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"69f6d698-452f-49fb-b33f-1cb9283ecc8c\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"69f6d698-452f-49fb-b33f-1cb9283ecc8c\\""]	2026-11-30 09:03:01.502488+00	\N	0
19	34	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"ccc1836d-39f2-4880-8434-89beb78acf77\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"ccc1836d-39f2-4880-8434-89beb78acf77\\""]	2026-11-30 09:03:02.294602+00	\N	0
20	35	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"199adc8a-2fc3-4a0c-8c7a-39fb1ea37eb5\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"199adc8a-2fc3-4a0c-8c7a-39fb1ea37eb5\\""]	2026-11-30 09:03:02.347112+00	\N	0
18	38	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:03:01.734702+00	2026-12-01 09:03:02.643257+00	0
21	39	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:03:02.393273+00	2026-12-01 09:03:04.336278+00	0
23	41	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"f755c829-efb5-4f0e-b722-b02a9d51070f\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"f755c829-efb5-4f0e-b722-b02a9d51070f\\""]	2026-11-30 09:03:04.663634+00	\N	0
22	40	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"2e74abff-da5d-4592-9486-88fcdad6e59f\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"2e74abff-da5d-4592-9486-88fcdad6e59f\\""]	2026-11-30 09:03:04.159579+00	\N	0
31	55	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"a8fbcdd6-e918-4965-a738-1f8c4d90de0c\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"a8fbcdd6-e918-4965-a738-1f8c4d90de0c\\""]	2026-11-30 09:03:09.658681+00	\N	0
24	44	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:03:05.056962+00	2026-12-01 09:03:07.316769+00	0
25	45	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"2690a268-5a2f-4740-ab0b-e043061ae96d\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"2690a268-5a2f-4740-ab0b-e043061ae96d\\""]	2026-11-30 09:03:07.354577+00	\N	0
29	50	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"02faa127-5669-4c97-835a-3098c54360e3\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"02faa127-5669-4c97-835a-3098c54360e3\\""]	2026-11-30 09:03:08.341395+00	\N	0
26	46	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"0fe3137c-48cd-4387-b12b-baf21333165c\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"0fe3137c-48cd-4387-b12b-baf21333165c\\""]	2026-11-30 09:03:07.559321+00	\N	0
27	51	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:03:07.669145+00	2026-12-01 09:03:08.551277+00	0
28	49	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"66de2f31-6323-4bf2-a112-e2bb968875a2\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"66de2f31-6323-4bf2-a112-e2bb968875a2\\""]	2026-11-30 09:03:08.298373+00	\N	0
30	54	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:03:08.545076+00	2026-12-01 09:03:09.408438+00	0
32	56	Scheduled	{"Type": "EvalWorkflows.Engine.Scheduling.JobSweeper, EvalWorkflows.Engine", "Method": "FireAsync", "Arguments": "[\\"\\\\\\"6ab927d8-d383-4c82-9c1c-60fc6ee748d2\\\\\\"\\"]", "ParameterTypes": "[\\"System.Guid, mscorlib\\"]"}	["\\"6ab927d8-d383-4c82-9c1c-60fc6ee748d2\\""]	2026-11-30 09:03:09.686286+00	\N	0
33	59	Succeeded	{"Type": "EvalWorkflows.Server.Notices.NoticeDelivery, EvalWorkflows.Server", "Method": "DeliverDueAsync", "Arguments": "[null]", "ParameterTypes": "[\\"System.Threading.CancellationToken, mscorlib\\"]"}	[null]	2026-11-30 09:03:09.719451+00	2026-12-01 09:03:10.172601+00	0
\.


--
-- Data for Name: jobparameter; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.jobparameter (id, jobid, name, value, updatecount) FROM stdin;
1	1	RecurringJobId	"workflow-timer-sweep"	0
2	1	Time	1796029361	0
3	1	CurrentCulture	""	0
4	2	CurrentCulture	""	0
5	3	CurrentCulture	""	0
6	4	CurrentCulture	""	0
7	5	CurrentCulture	""	0
8	6	CurrentCulture	""	0
9	7	CurrentCulture	""	0
10	8	CurrentCulture	""	0
11	9	CurrentCulture	""	0
12	10	CurrentCulture	""	0
13	11	CurrentCulture	""	0
14	12	RecurringJobId	"notices-deliver-due"	0
15	12	Time	1796029380	0
16	12	CurrentCulture	""	0
17	13	CurrentCulture	""	0
18	14	CurrentCulture	""	0
19	15	RecurringJobId	"workflow-timer-sweep"	0
20	15	Time	1796029380	0
21	15	CurrentCulture	""	0
22	16	CurrentCulture	""	0
23	17	CurrentCulture	""	0
24	18	CurrentCulture	""	0
25	19	CurrentCulture	""	0
26	20	CurrentCulture	""	0
27	21	CurrentCulture	""	0
28	22	CurrentCulture	""	0
29	23	CurrentCulture	""	0
30	24	CurrentCulture	""	0
31	25	CurrentCulture	""	0
32	26	CurrentCulture	""	0
33	27	CurrentCulture	""	0
34	28	CurrentCulture	""	0
35	29	CurrentCulture	""	0
36	30	CurrentCulture	""	0
37	31	CurrentCulture	""	0
38	32	CurrentCulture	""	0
39	33	CurrentCulture	""	0
\.


--
-- Data for Name: jobqueue; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.jobqueue (id, jobid, queue, fetchedat, updatecount) FROM stdin;
\.


--
-- Data for Name: list; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.list (id, key, value, expireat, updatecount) FROM stdin;
\.


--
-- Data for Name: lock; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.lock (resource, updatecount, acquired) FROM stdin;
\.


--
-- Data for Name: schema; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.schema (version) FROM stdin;
23
\.


--
-- Data for Name: server; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.server (id, data, lastheartbeat, updatecount) FROM stdin;
vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412	{"Queues": ["default"], "StartedAt": "2026-11-30T09:02:40.2799393Z", "WorkerCount": 10}	2026-11-30 09:03:10.417053+00	0
\.


--
-- Data for Name: set; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.set (id, key, score, value, expireat, updatecount) FROM stdin;
4	schedule	1796115775	2	\N	0
5	schedule	1796288575	3	\N	0
6	schedule	1796115777	5	\N	0
7	schedule	1796288577	6	\N	0
8	schedule	1796115779	8	\N	0
9	schedule	1796288579	9	\N	0
10	schedule	1796115780	11	\N	0
2	recurring-jobs	1796029440	notices-deliver-due	\N	0
12	schedule	1796288580	13	\N	0
1	recurring-jobs	1796029440	workflow-timer-sweep	\N	0
14	schedule	1796115781	16	\N	0
15	schedule	1796288581	17	\N	0
16	schedule	1796115782	19	\N	0
17	schedule	1796288582	20	\N	0
18	schedule	1796115784	22	\N	0
19	schedule	1796288584	23	\N	0
20	schedule	1796115787	25	\N	0
21	schedule	1796288587	26	\N	0
22	schedule	1796115788	28	\N	0
23	schedule	1796288588	29	\N	0
24	schedule	1796115789	31	\N	0
25	schedule	1796288589	32	\N	0
\.


--
-- Data for Name: state; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.state (id, jobid, name, reason, createdat, data, updatecount) FROM stdin;
1	1	Enqueued	Triggered by recurring job scheduler	2026-11-30 09:02:45.297295+00	{"Queue": "default", "EnqueuedAt": "1796029363527"}	0
2	1	Processing	\N	2026-11-30 09:02:45.741547+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "dad1c52f-aab7-4f88-a662-1513bfc21ef0", "StartedAt": "1796029365498"}	0
3	1	Succeeded	\N	2026-11-30 09:02:47.26986+00	{"Latency": "3035", "SucceededAt": "1796029367063", "PerformanceDuration": "1027"}	0
4	2	Scheduled	\N	2026-11-30 09:02:55.709912+00	{"EnqueueAt": "1796115775571", "ScheduledAt": "1796029375571"}	0
5	3	Scheduled	\N	2026-11-30 09:02:55.977947+00	{"EnqueueAt": "1796288575926", "ScheduledAt": "1796029375926"}	0
6	4	Enqueued	\N	2026-11-30 09:02:56.09539+00	{"Queue": "default", "EnqueuedAt": "1796029376047"}	0
7	4	Processing	\N	2026-11-30 09:02:56.30537+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "72eac145-d7e2-403e-bdcb-58a665c00a52", "StartedAt": "1796029376181"}	0
8	5	Scheduled	\N	2026-11-30 09:02:57.503263+00	{"EnqueueAt": "1796115777487", "ScheduledAt": "1796029377487"}	0
9	6	Scheduled	\N	2026-11-30 09:02:57.705616+00	{"EnqueueAt": "1796288577677", "ScheduledAt": "1796029377677"}	0
10	7	Enqueued	\N	2026-11-30 09:02:57.806392+00	{"Queue": "default", "EnqueuedAt": "1796029377722"}	0
11	7	Processing	\N	2026-11-30 09:02:57.961442+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "dad1c52f-aab7-4f88-a662-1513bfc21ef0", "StartedAt": "1796029377866"}	0
12	8	Scheduled	\N	2026-11-30 09:02:59.127397+00	{"EnqueueAt": "1796115779106", "ScheduledAt": "1796029379106"}	0
13	9	Scheduled	\N	2026-11-30 09:02:59.174657+00	{"EnqueueAt": "1796288579158", "ScheduledAt": "1796029379158"}	0
14	10	Enqueued	\N	2026-11-30 09:02:59.217443+00	{"Queue": "default", "EnqueuedAt": "1796029379202"}	0
15	10	Processing	\N	2026-11-30 09:02:59.29824+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "4d5c96be-d03b-4b79-a9b4-060f1b11d6df", "StartedAt": "1796029379257"}	0
16	4	Succeeded	\N	2026-11-30 09:02:59.331664+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\",\\"Sent\\":1}", "Latency": "322", "SucceededAt": "1796029379262", "PerformanceDuration": "2891"}	0
17	7	Succeeded	\N	2026-11-30 09:02:59.318221+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\",\\"Sent\\":1}", "Latency": "420", "SucceededAt": "1796029379194", "PerformanceDuration": "1051"}	0
18	12	Enqueued	Triggered by recurring job scheduler	2026-11-30 09:03:00.638179+00	{"Queue": "default", "EnqueuedAt": "1796029380637"}	0
19	11	Scheduled	\N	2026-11-30 09:03:00.65247+00	{"EnqueueAt": "1796115780620", "ScheduledAt": "1796029380620"}	0
20	13	Scheduled	\N	2026-11-30 09:03:00.762664+00	{"EnqueueAt": "1796288580719", "ScheduledAt": "1796029380719"}	0
21	14	Enqueued	\N	2026-11-30 09:03:00.840841+00	{"Queue": "default", "EnqueuedAt": "1796029380781"}	0
22	10	Succeeded	\N	2026-11-30 09:03:00.869132+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\",\\"Sent\\":1}", "Latency": "160", "SucceededAt": "1796029380765", "PerformanceDuration": "1402"}	0
23	12	Processing	\N	2026-11-30 09:03:00.874792+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "414ecb6c-7e1f-434a-9f79-0382f98c6eae", "StartedAt": "1796029380795"}	0
24	15	Enqueued	Triggered by recurring job scheduler	2026-11-30 09:03:00.918115+00	{"Queue": "default", "EnqueuedAt": "1796029380917"}	0
25	14	Processing	\N	2026-11-30 09:03:00.992058+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "470be9fb-4b37-41e0-bc71-7f9db954c8f9", "StartedAt": "1796029380937"}	0
26	15	Processing	\N	2026-11-30 09:03:01.138428+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "d9b998d8-851f-4888-85e7-9e1945f879de", "StartedAt": "1796029381042"}	0
27	15	Succeeded	\N	2026-11-30 09:03:01.255402+00	{"Latency": "372", "SucceededAt": "1796029381228", "PerformanceDuration": "35"}	0
28	14	Succeeded	\N	2026-11-30 09:03:01.398633+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\"}", "Latency": "359", "SucceededAt": "1796029381253", "PerformanceDuration": "111"}	0
29	12	Succeeded	\N	2026-11-30 09:03:01.523051+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\",\\"Sent\\":1}", "Latency": "363", "SucceededAt": "1796029381455", "PerformanceDuration": "483"}	0
30	16	Scheduled	\N	2026-11-30 09:03:01.618595+00	{"EnqueueAt": "1796115781498", "ScheduledAt": "1796029381498"}	0
31	17	Scheduled	\N	2026-11-30 09:03:01.663004+00	{"EnqueueAt": "1796288581630", "ScheduledAt": "1796029381630"}	0
32	18	Enqueued	\N	2026-11-30 09:03:01.790234+00	{"Queue": "default", "EnqueuedAt": "1796029381734"}	0
33	18	Processing	\N	2026-11-30 09:03:02.035221+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "0ea44bb5-f004-45c6-8e91-7aee90ac7099", "StartedAt": "1796029381903"}	0
34	19	Scheduled	\N	2026-11-30 09:03:02.32216+00	{"EnqueueAt": "1796115782294", "ScheduledAt": "1796029382294"}	0
35	20	Scheduled	\N	2026-11-30 09:03:02.360553+00	{"EnqueueAt": "1796288582346", "ScheduledAt": "1796029382346"}	0
36	21	Enqueued	\N	2026-11-30 09:03:02.442246+00	{"Queue": "default", "EnqueuedAt": "1796029382393"}	0
37	21	Processing	\N	2026-11-30 09:03:02.661318+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "ad50592c-b881-467b-aeeb-2b87935d7fb8", "StartedAt": "1796029382542"}	0
38	18	Succeeded	\N	2026-11-30 09:03:02.692062+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\",\\"Sent\\":1}", "Latency": "467", "SucceededAt": "1796029382437", "PerformanceDuration": "235"}	0
39	21	Succeeded	\N	2026-11-30 09:03:04.363241+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\",\\"Sent\\":1}", "Latency": "550", "SucceededAt": "1796029383898", "PerformanceDuration": "954"}	0
40	22	Scheduled	\N	2026-11-30 09:03:04.347741+00	{"EnqueueAt": "1796115784159", "ScheduledAt": "1796029384159"}	0
41	23	Scheduled	\N	2026-11-30 09:03:04.766668+00	{"EnqueueAt": "1796288584663", "ScheduledAt": "1796029384663"}	0
42	24	Enqueued	\N	2026-11-30 09:03:05.190414+00	{"Queue": "default", "EnqueuedAt": "1796029385056"}	0
43	24	Processing	\N	2026-11-30 09:03:06.31504+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "20888b40-f975-42ee-95e1-d3f41b94b287", "StartedAt": "1796029385704"}	0
44	24	Succeeded	\N	2026-11-30 09:03:07.35719+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\",\\"Sent\\":1}", "Latency": "1619", "SucceededAt": "1796029387214", "PerformanceDuration": "537"}	0
45	25	Scheduled	\N	2026-11-30 09:03:07.458154+00	{"EnqueueAt": "1796115787354", "ScheduledAt": "1796029387354"}	0
51	27	Succeeded	\N	2026-11-30 09:03:08.574405+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\",\\"Sent\\":1}", "Latency": "241", "SucceededAt": "1796029388354", "PerformanceDuration": "444"}	0
57	33	Enqueued	\N	2026-11-30 09:03:09.739993+00	{"Queue": "default", "EnqueuedAt": "1796029389719"}	0
46	26	Scheduled	\N	2026-11-30 09:03:07.610265+00	{"EnqueueAt": "1796288587559", "ScheduledAt": "1796029387559"}	0
52	30	Enqueued	\N	2026-11-30 09:03:08.591243+00	{"Queue": "default", "EnqueuedAt": "1796029388544"}	0
47	27	Enqueued	\N	2026-11-30 09:03:07.694211+00	{"Queue": "default", "EnqueuedAt": "1796029387668"}	0
53	30	Processing	\N	2026-11-30 09:03:08.74254+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "72eac145-d7e2-403e-bdcb-58a665c00a52", "StartedAt": "1796029388623"}	0
48	27	Processing	\N	2026-11-30 09:03:07.863513+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "0159e6e6-0cc2-4394-b086-e55092a8351d", "StartedAt": "1796029387805"}	0
49	28	Scheduled	\N	2026-11-30 09:03:08.307822+00	{"EnqueueAt": "1796115788298", "ScheduledAt": "1796029388298"}	0
50	29	Scheduled	\N	2026-11-30 09:03:08.376985+00	{"EnqueueAt": "1796288588341", "ScheduledAt": "1796029388341"}	0
54	30	Succeeded	\N	2026-11-30 09:03:09.422985+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\",\\"Sent\\":1}", "Latency": "400", "SucceededAt": "1796029389286", "PerformanceDuration": "340"}	0
55	31	Scheduled	\N	2026-11-30 09:03:09.666303+00	{"EnqueueAt": "1796115789658", "ScheduledAt": "1796029389658"}	0
56	32	Scheduled	\N	2026-11-30 09:03:09.706591+00	{"EnqueueAt": "1796288589686", "ScheduledAt": "1796029389686"}	0
58	33	Processing	\N	2026-11-30 09:03:09.871126+00	{"ServerId": "vm:20941:669618ad-2b94-4f6c-a3d1-c684e8257412", "WorkerId": "dad1c52f-aab7-4f88-a662-1513bfc21ef0", "StartedAt": "1796029389812"}	0
59	33	Succeeded	\N	2026-11-30 09:03:10.178629+00	{"Result": "{\\"$type\\":\\"EvalWorkflows.Server.Notices.DeliveryRun, EvalWorkflows.Server\\",\\"Sent\\":1}", "Latency": "186", "SucceededAt": "1796029390112", "PerformanceDuration": "206"}	0
\.


--
-- Data for Name: AspNetRoleClaims; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."AspNetRoleClaims" ("Id", "RoleId", "ClaimType", "ClaimValue") FROM stdin;
\.


--
-- Data for Name: AspNetRoles; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") FROM stdin;
d60c92a3-4b95-4892-a7ab-3699f600d195	admin	ADMIN	c0c64af1-26ed-42a5-a1cc-99365874b85d
1c341ae7-199d-4f4e-acd1-dd20bcaf2573	clerk	CLERK	47cd6c6a-7c80-44c8-8559-3adaa8394c2f
2edeb2c6-9b43-434c-89a7-bd6c27047034	supervisor	SUPERVISOR	dbf44415-2f9d-48be-9418-dbb45aa555ce
27d5a884-1170-4db3-a0f7-2811787f38cd	evaluator	EVALUATOR	28b57bff-3cf8-45af-ac9b-6c24c5ecf77b
185c3795-ff38-40fc-9907-a6a885ad682a	auditor	AUDITOR	d7612b2e-fb24-4656-aabb-9ed23ac26855
0eab135f-013c-437f-861b-b404973dd771	institution	INSTITUTION	67b0a5ec-7ce5-4742-8e40-0a6eb41429ee
\.


--
-- Data for Name: AspNetUserClaims; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."AspNetUserClaims" ("Id", "UserId", "ClaimType", "ClaimValue") FROM stdin;
\.


--
-- Data for Name: AspNetUserLogins; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."AspNetUserLogins" ("LoginProvider", "ProviderKey", "ProviderDisplayName", "UserId") FROM stdin;
\.


--
-- Data for Name: AspNetUserRoles; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."AspNetUserRoles" ("UserId", "RoleId") FROM stdin;
76de67d2-3fe9-45f2-960b-700721532797	d60c92a3-4b95-4892-a7ab-3699f600d195
275745f8-c803-4732-a966-404a8ddfc61d	1c341ae7-199d-4f4e-acd1-dd20bcaf2573
7f0873b6-e45e-4776-a5ff-9698f835faf7	2edeb2c6-9b43-434c-89a7-bd6c27047034
8d1aef6c-cf68-4d27-8623-656362b88af9	27d5a884-1170-4db3-a0f7-2811787f38cd
3a8b74d0-50f3-4ba1-94c5-79cbc2087d89	185c3795-ff38-40fc-9907-a6a885ad682a
\.


--
-- Data for Name: AspNetUserTokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."AspNetUserTokens" ("UserId", "LoginProvider", "Name", "Value") FROM stdin;
\.


--
-- Data for Name: AspNetUsers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."AspNetUsers" ("Id", "DisplayName", "InstitutionId", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount") FROM stdin;
76de67d2-3fe9-45f2-960b-700721532797	admin	\N	admin	ADMIN	\N	\N	f	AQAAAAIAAYagAAAAEKvquqpx1eDAUYzvh7q9H9eLZVh88YPIed63tuU/TymggEnf2jGCytwd6uWr18OWgw==	5D2Q6JIENL4CVNMVDH7EDOKY5S46J72X	c8ea2856-c6df-4791-b923-ca896be60c43	\N	f	f	\N	t	0
275745f8-c803-4732-a966-404a8ddfc61d	clerk	\N	clerk	CLERK	\N	\N	f	AQAAAAIAAYagAAAAEAcEDJPKB3FyMPempWBqCrZOspMvCEHcAAUBYREkagSn0g9dft4kte1/Vwg/fC2ayQ==	K4CU44EW46H7SUAQCLQDRLVYV57WLHOA	88ce2949-ebac-4618-8873-152822babcd6	\N	f	f	\N	t	0
7f0873b6-e45e-4776-a5ff-9698f835faf7	supervisor	\N	supervisor	SUPERVISOR	\N	\N	f	AQAAAAIAAYagAAAAEC5qUlJb7gThPrgfnEaqSjDcWCUm+ge/EqPQZv0m+78eVFf3/88zCNXAzWY7mSI2Ow==	C5L2FFRIOIZ6CXTEELCIXUI33D7EW53K	5c28e6d8-ee60-4955-9bc4-cb035a4bb755	\N	f	f	\N	t	0
8d1aef6c-cf68-4d27-8623-656362b88af9	evaluator	\N	evaluator	EVALUATOR	\N	\N	f	AQAAAAIAAYagAAAAEFBBgNN5ek1ZneJIow3GEauSSOo52lHQeLLDoYjy8Bj2ToRfjnrMbExYBeDLqk1Umg==	K6ROQ4S2BVQFHDO3SVYXZBCDIBDRYNT2	b2831621-1a85-4e30-b186-f17bc990a5e6	\N	f	f	\N	t	0
3a8b74d0-50f3-4ba1-94c5-79cbc2087d89	auditor	\N	auditor	AUDITOR	\N	\N	f	AQAAAAIAAYagAAAAEMlUMN1XAO9Yv7Ep/pg5d6n2pjqE1vcYPWOdPq6ZpkoF/AbwI7ZYnp0HibHA7JjMgg==	43Q2NMDCLFT5POYZICXVH2EIS6U3QBNU	b261a86f-2252-4008-9091-96f12314a1a3	\N	f	f	\N	t	0
\.


--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."__EFMigrationsHistory" ("MigrationId", "ProductVersion") FROM stdin;
20261129233820_Initial	10.0.15
20261130010110_EngineTokenLocalsAndSignalSubscriptions	10.0.15
20261130021934_PlanFilesAndObjectionAnswers	10.0.15
20261130022313_StudioChangesPostgres	10.0.15
20261130053536_InstanceListOrderIndexPostgres	10.0.15
\.


--
-- Data for Name: annual_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.annual_reports ("Id", "FilingId", "InstitutionId", "Year", "Status", "WindowOpens", "WindowCloses", "ResubmitDueOn", "SubmittedOn", "DecidedOn", "ReturnReason", "InstanceId", "Basis", "Content") FROM stdin;
\.


--
-- Data for Name: assessment_plans; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.assessment_plans ("Id", "FilingId", "InstitutionId", "ExamStart", "ExamEnd", "SubmittedAt", "Status", "SupervisorUserName", "ResultsPublishedOn", "PublicityEndsOn", "Revision", "Assessors", "Occupations", "Sessions") FROM stdin;
\.


--
-- Data for Name: calendar_correction_days; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.calendar_correction_days ("Date", "CorrectionId", "Kind", "Name") FROM stdin;
\.


--
-- Data for Name: calendar_corrections; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.calendar_corrections ("Id", "Year", "Notice", "ChangedBy", "ChangedAt") FROM stdin;
\.


--
-- Data for Name: database_identity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.database_identity ("Id", "CreatedAt", "HeartbeatAt") FROM stdin;
01955984-5680-7b12-8ef2-7b4c77a1a6b3	638765604000000000	638765604000000000
\.


--
-- Data for Name: filing_correction_rounds; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.filing_correction_rounds ("Id", "FilingId", "Round", "RequestedAt", "RequestedBy", "Snapshot", "Items") FROM stdin;
\.


--
-- Data for Name: filing_status_changes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.filing_status_changes ("Id", "FilingId", "From", "To", "At", "Actor", "Basis", "Note") FROM stdin;
\.


--
-- Data for Name: filings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.filings ("Id", "InstitutionId", "Authority", "Status", "InstitutionCode", "SubmissionVersion", "SubmittedAt", "AcceptedOn", "CompletionDueOn", "FiledOn", "ValidFrom", "ValidUntil", "RenewalOpensOn", "GraceUntil", "DataReportingStopped", "Revision", "Assessors", "Materials", "Premises", "Scope") FROM stdin;
\.


--
-- Data for Name: idempotency_records; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.idempotency_records ("Endpoint", "Key", "RequestHash", "Result", "CreatedAt") FROM stdin;
\.


--
-- Data for Name: institution_contact_changes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.institution_contact_changes ("Id", "InstitutionId", "At", "By", "Field", "OldValue", "NewValue", "Reason") FROM stdin;
\.


--
-- Data for Name: institutions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.institutions ("Id", "Name", "CreditCode", "Kind", "LegalRepresentative", "Address", "ContactName", "ContactPhone", "Email", "Authority", "UserName", "CreatedAt") FROM stdin;
\.


--
-- Data for Name: legal_source_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_source_versions ("Id", "Code", "Document", "ChangedBy", "ChangedAt") FROM stdin;
1	000	{"code":"000","title":"\\u5C71\\u4E1C\\u7701\\u4EBA\\u529B\\u8D44\\u6E90\\u548C\\u793E\\u4F1A\\u4FDD\\u969C\\u5385\\u5173\\u4E8E\\u505A\\u597D\\u804C\\u4E1A\\u6280\\u80FD\\u8003\\u6838\\u9274\\u5B9A\\u673A\\u6784\\u5907\\u6848\\u7BA1\\u7406\\u5DE5\\u4F5C\\u7684\\u901A\\u77E5","shortTitle":"\\u5907\\u6848\\u7BA1\\u7406\\u901A\\u77E5","issuer":"\\u5C71\\u4E1C\\u7701\\u4EBA\\u529B\\u8D44\\u6E90\\u548C\\u793E\\u4F1A\\u4FDD\\u969C\\u5385","documentNumber":"\\u9C81\\u4EBA\\u793E\\u5B57\\u30142020\\u3015190\\u53F7","issuedOn":"2020-12-30","status":"in-force","parts":[{"key":"000 \\u00A7\\u4E8C","label":"\\u7B2C\\u4E8C\\u90E8\\u5206"},{"key":"000 \\u00A7\\u4E8C \\u9644\\u4EF61","label":"\\u7B2C\\u4E8C\\u90E8\\u5206\\u53CA\\u9644\\u4EF61"},{"key":"000 \\u9644\\u4EF61","label":"\\u9644\\u4EF61\\u300A\\u804C\\u4E1A\\u6280\\u80FD\\u8003\\u6838\\u9274\\u5B9A\\u673A\\u6784\\u5907\\u6848\\u8868\\u300B"},{"key":"000 \\u9644\\u4EF61 \\u4E03\\uFF08\\u4E8C\\uFF09","label":"\\u9644\\u4EF61\\u7B2C\\u4E03\\u90E8\\u5206\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879"},{"key":"000 \\u9644\\u4EF61 \\u6CE82","label":"\\u9644\\u4EF61\\u6CE82"},{"key":"000 \\u00A7\\u4E09.1","label":"\\u7B2C\\u4E09\\u90E8\\u5206\\u7B2C1\\u9879"},{"key":"000 \\u00A7\\u4E09.2","label":"\\u7B2C\\u4E09\\u90E8\\u5206\\u7B2C2\\u9879"},{"key":"000 \\u00A7\\u4E09.2 \\u9644\\u4EF62","label":"\\u7B2C\\u4E09\\u90E8\\u5206\\u7B2C2\\u9879\\u53CA\\u9644\\u4EF62"},{"key":"000 \\u00A7\\u4E09.3","label":"\\u7B2C\\u4E09\\u90E8\\u5206\\u7B2C3\\u9879"},{"key":"000 \\u00A7\\u4E09.4","label":"\\u7B2C\\u4E09\\u90E8\\u5206\\u7B2C4\\u9879"},{"key":"000 \\u00A7\\u56DB.1","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C1\\u9879"},{"key":"000 \\u00A7\\u56DB.2","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C2\\u9879"}]}	system	638765604000000000
2	001	{"code":"001","title":"\\u5409\\u6797\\u7701\\u804C\\u4E1A\\u6280\\u80FD\\u8003\\u6838\\u9274\\u5B9A\\u673A\\u6784\\u5907\\u6848\\u53CA\\u7BA1\\u7406\\u529E\\u6CD5\\uFF08\\u8BD5\\u884C\\uFF09\\uFF08\\u5F81\\u6C42\\u610F\\u89C1\\u7A3F\\uFF09","shortTitle":"\\u5409\\u6797\\u5907\\u6848\\u7BA1\\u7406\\u529E\\u6CD5","issuer":"\\u5409\\u6797\\u7701\\u4EBA\\u529B\\u8D44\\u6E90\\u548C\\u793E\\u4F1A\\u4FDD\\u969C\\u5385","documentNumber":null,"issuedOn":null,"status":"draft-for-comment","parts":[{"key":"001 art. 6","label":"\\u7B2C\\u516D\\u6761"},{"key":"001 \\u7B2C\\u516D\\u6761\\uFF08\\u4E00\\uFF09","label":"\\u7B2C\\u516D\\u6761\\u7B2C\\uFF08\\u4E00\\uFF09\\u9879"},{"key":"001 \\u7B2C\\u516D\\u6761\\uFF08\\u4E09\\uFF09","label":"\\u7B2C\\u516D\\u6761\\u7B2C\\uFF08\\u4E09\\uFF09\\u9879"},{"key":"001 \\u7B2C\\u516D\\u6761\\uFF08\\u4E8C\\uFF09","label":"\\u7B2C\\u516D\\u6761\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879"},{"key":"001 \\u7B2C\\u516D\\u6761\\uFF08\\u56DB\\uFF09","label":"\\u7B2C\\u516D\\u6761\\u7B2C\\uFF08\\u56DB\\uFF09\\u9879"},{"key":"001 \\u7B2C\\u516D\\u6761\\uFF08\\u4E94\\uFF09","label":"\\u7B2C\\u516D\\u6761\\u7B2C\\uFF08\\u4E94\\uFF09\\u9879"},{"key":"001 art. 9","label":"\\u7B2C\\u4E5D\\u6761"},{"key":"001 art. 14(\\u4E8C)","label":"\\u7B2C\\u5341\\u56DB\\u6761\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879"},{"key":"001 art. 16","label":"\\u7B2C\\u5341\\u516D\\u6761"},{"key":"001 art. 17","label":"\\u7B2C\\u5341\\u4E03\\u6761"},{"key":"001 art. 18","label":"\\u7B2C\\u5341\\u516B\\u6761"},{"key":"001 art. 23","label":"\\u7B2C\\u4E8C\\u5341\\u4E09\\u6761"},{"key":"001 art. 27","label":"\\u7B2C\\u4E8C\\u5341\\u4E03\\u6761"},{"key":"001 art. 28","label":"\\u7B2C\\u4E8C\\u5341\\u516B\\u6761"},{"key":"001 art. 31","label":"\\u7B2C\\u4E09\\u5341\\u4E00\\u6761"},{"key":"001 art. 32(\\u4E00)","label":"\\u7B2C\\u4E09\\u5341\\u4E8C\\u6761\\u7B2C\\uFF08\\u4E00\\uFF09\\u9879"},{"key":"001 art. 32(\\u4E03)","label":"\\u7B2C\\u4E09\\u5341\\u4E8C\\u6761\\u7B2C\\uFF08\\u4E03\\uFF09\\u9879"},{"key":"001 art. 32(\\u516B)","label":"\\u7B2C\\u4E09\\u5341\\u4E8C\\u6761\\u7B2C\\uFF08\\u516B\\uFF09\\u9879"}]}	system	638765604000000000
3	002	{"code":"002","title":"\\u5C71\\u4E1C\\u7701\\u4EBA\\u529B\\u8D44\\u6E90\\u548C\\u793E\\u4F1A\\u4FDD\\u969C\\u5385\\u5173\\u4E8E\\u5F00\\u5C55\\u793E\\u4F1A\\u57F9\\u8BAD\\u8BC4\\u4EF7\\u7EC4\\u7EC7\\u804C\\u4E1A\\u6280\\u80FD\\u7B49\\u7EA7\\u8BA4\\u5B9A\\u8BD5\\u70B9\\u5DE5\\u4F5C\\u7684\\u901A\\u77E5","shortTitle":"\\u7B49\\u7EA7\\u8BA4\\u5B9A\\u8BD5\\u70B9\\u901A\\u77E5","issuer":"\\u5C71\\u4E1C\\u7701\\u4EBA\\u529B\\u8D44\\u6E90\\u548C\\u793E\\u4F1A\\u4FDD\\u969C\\u5385","documentNumber":"\\u9C81\\u4EBA\\u793E\\u5B57\\u30142020\\u301550\\u53F7","issuedOn":"2020-05-14","status":"in-force","parts":[{"key":"002 \\u00A7\\u4E8C","label":"\\u7B2C\\u4E8C\\u90E8\\u5206"},{"key":"002 \\u00A7\\u56DB(\\u4E00)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u4E00\\uFF09\\u9879"},{"key":"002 \\u00A7\\u56DB(\\u4E8C)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879"},{"key":"002 \\u00A7\\u56DB(\\u4E09)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u4E09\\uFF09\\u9879"},{"key":"002 \\u00A7\\u56DB(\\u4E09)(\\u56DB)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u4E09\\uFF09\\u9879\\u3001\\u7B2C\\uFF08\\u56DB\\uFF09\\u9879"},{"key":"002 \\u00A7\\u56DB(\\u56DB)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u56DB\\uFF09\\u9879"}]}	system	638765604000000000
4	003	{"code":"003","title":"\\u5B89\\u5FBD\\u7701\\u4EBA\\u529B\\u8D44\\u6E90\\u548C\\u793E\\u4F1A\\u4FDD\\u969C\\u5385\\u5173\\u4E8E\\u8FDB\\u4E00\\u6B65\\u52A0\\u5F3A\\u6280\\u80FD\\u4EBA\\u624D\\u8BC4\\u4EF7\\u673A\\u6784\\u5907\\u6848\\u5DE5\\u4F5C\\u7684\\u901A\\u77E5","shortTitle":"\\u8BC4\\u4EF7\\u673A\\u6784\\u5907\\u6848\\u901A\\u77E5","issuer":"\\u5B89\\u5FBD\\u7701\\u4EBA\\u529B\\u8D44\\u6E90\\u548C\\u793E\\u4F1A\\u4FDD\\u969C\\u5385","documentNumber":"\\u7696\\u4EBA\\u793E\\u79D8\\u30142020\\u301564\\u53F7","issuedOn":"2020-03-26","status":"in-force","parts":[{"key":"003 \\u00A7\\u4E00","label":"\\u7B2C\\u4E00\\u90E8\\u5206"},{"key":"003 \\u00A7\\u4E00(\\u4E8C)","label":"\\u7B2C\\u4E00\\u90E8\\u5206\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879"},{"key":"003 \\u00A7\\u4E8C","label":"\\u7B2C\\u4E8C\\u90E8\\u5206"},{"key":"003 \\u00A7\\u56DB(\\u4E00)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u4E00\\uFF09\\u9879"},{"key":"003 \\u00A7\\u56DB(\\u4E8C)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879"},{"key":"003 \\u00A7\\u56DB(\\u4E09)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u4E09\\uFF09\\u9879"},{"key":"003 \\u9644\\u4EF61","label":"\\u9644\\u4EF61\\u300A\\u6280\\u80FD\\u4EBA\\u624D\\u8BC4\\u4EF7\\u673A\\u6784\\u5907\\u6848\\u901A\\u7528\\u6761\\u4EF6\\uFF08\\u5EFA\\u8BAE\\uFF09\\u300B"},{"key":"003 \\u9644\\u4EF61 \\u4E09","label":"\\u9644\\u4EF61\\u7B2C\\u4E09\\u6761"},{"key":"003 \\u9644\\u4EF61 \\u4E09(\\u4E00)","label":"\\u9644\\u4EF61\\u7B2C\\u4E09\\u6761\\u7B2C\\uFF08\\u4E00\\uFF09\\u9879"},{"key":"003 \\u9644\\u4EF61 \\u4E09(\\u4E8C)","label":"\\u9644\\u4EF61\\u7B2C\\u4E09\\u6761\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879"},{"key":"003 \\u9644\\u4EF61 \\u4E09(\\u4E09)","label":"\\u9644\\u4EF61\\u7B2C\\u4E09\\u6761\\u7B2C\\uFF08\\u4E09\\uFF09\\u9879"},{"key":"003 \\u9644\\u4EF61 \\u56DB","label":"\\u9644\\u4EF61\\u7B2C\\u56DB\\u6761"}]}	system	638765604000000000
5	004	{"code":"004","title":"\\u798F\\u5EFA\\u7701\\u804C\\u4E1A\\u6280\\u80FD\\u9274\\u5B9A\\u6307\\u5BFC\\u4E2D\\u5FC3\\u5173\\u4E8E\\u505A\\u597D\\u804C\\u4E1A\\u6280\\u80FD\\u7B49\\u7EA7\\u8BC4\\u4EF7\\u673A\\u6784\\u5907\\u6848\\u7EED\\u671F\\u5DE5\\u4F5C\\u7684\\u901A\\u77E5","shortTitle":"\\u5907\\u6848\\u7EED\\u671F\\u901A\\u77E5","issuer":"\\u798F\\u5EFA\\u7701\\u804C\\u4E1A\\u6280\\u80FD\\u9274\\u5B9A\\u6307\\u5BFC\\u4E2D\\u5FC3","documentNumber":"\\u95FD\\u52B3\\u9274\\u30142022\\u301526\\u53F7","issuedOn":"2022-12-15","status":"in-force","parts":[{"key":"004 \\u00A7\\u4E8C","label":"\\u7B2C\\u4E8C\\u90E8\\u5206"},{"key":"004 \\u00A7\\u4E09","label":"\\u7B2C\\u4E09\\u90E8\\u5206"},{"key":"004 \\u00A7\\u4E09(\\u4E00)2","label":"\\u7B2C\\u4E09\\u90E8\\u5206\\u7B2C\\uFF08\\u4E00\\uFF09\\u9879\\u7B2C2\\u76EE"},{"key":"004 \\u00A7\\u4E09(\\u4E00)3","label":"\\u7B2C\\u4E09\\u90E8\\u5206\\u7B2C\\uFF08\\u4E00\\uFF09\\u9879\\u7B2C3\\u76EE"},{"key":"004 \\u00A7\\u4E09(\\u4E8C)","label":"\\u7B2C\\u4E09\\u90E8\\u5206\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879"},{"key":"004 \\u00A7\\u4E09(\\u4E8C)1","label":"\\u7B2C\\u4E09\\u90E8\\u5206\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879\\u7B2C1\\u76EE"},{"key":"004 \\u00A7\\u4E09(\\u4E8C)2","label":"\\u7B2C\\u4E09\\u90E8\\u5206\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879\\u7B2C2\\u76EE"},{"key":"004 \\u00A7\\u56DB","label":"\\u7B2C\\u56DB\\u90E8\\u5206"},{"key":"004 \\u00A7\\u56DB(\\u4E00)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u4E00\\uFF09\\u9879"},{"key":"004 \\u00A7\\u56DB(\\u4E8C)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879"},{"key":"004 \\u00A7\\u56DB(\\u4E09)","label":"\\u7B2C\\u56DB\\u90E8\\u5206\\u7B2C\\uFF08\\u4E09\\uFF09\\u9879"},{"key":"004 \\u00A7\\u4E94(\\u4E00)","label":"\\u7B2C\\u4E94\\u90E8\\u5206\\u7B2C\\uFF08\\u4E00\\uFF09\\u9879"},{"key":"004 \\u00A7\\u4E94(\\u4E8C)","label":"\\u7B2C\\u4E94\\u90E8\\u5206\\u7B2C\\uFF08\\u4E8C\\uFF09\\u9879"}]}	system	638765604000000000
6	民法典	{"code":"\\u6C11\\u6CD5\\u5178","title":"\\u4E2D\\u534E\\u4EBA\\u6C11\\u5171\\u548C\\u56FD\\u6C11\\u6CD5\\u5178","shortTitle":"\\u6C11\\u6CD5\\u5178","issuer":"\\u5168\\u56FD\\u4EBA\\u6C11\\u4EE3\\u8868\\u5927\\u4F1A","documentNumber":"\\u4E2D\\u534E\\u4EBA\\u6C11\\u5171\\u548C\\u56FD\\u4E3B\\u5E2D\\u4EE4\\u7B2C\\u56DB\\u5341\\u4E94\\u53F7","issuedOn":"2020-05-28","status":"in-force","parts":[{"key":"\\u6C11\\u6CD5\\u5178\\u7B2C203\\u6761","label":"\\u7B2C\\u4E8C\\u767E\\u96F6\\u4E09\\u6761"}]}	system	638765604000000000
\.


--
-- Data for Name: notice_template_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notice_template_versions ("Id", "Name", "Text", "SavedBy", "SavedAt") FROM stdin;
\.


--
-- Data for Name: notices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notices ("Id", "Template", "To", "Cc", "Subject", "HtmlBody", "TextBody", "Basis", "From", "ReplyTo", "InstanceId", "BusinessKey", "ElementId", "InstitutionId", "MessageId", "QueuedAt", "Status", "Attempts", "LastError", "NextAttemptAt", "LeaseEndsAt", "SentAt", "Revision") FROM stdin;
01955984-5680-757b-a30a-a7f623e2fc94	deadline-reminder	u001.received@example.cn	\N	提醒：故障演练 u001将于2025年3月6日（星期四）截止	<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>截止日期提醒</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f2f2;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">\n<tr><td align="center" style="padding:16px 8px;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border:1px solid #dddddd;font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#222222;">\n<tr><td align="center" style="padding:24px 24px 12px 24px;">\n<div style="font-size:22px;line-height:1.4;font-weight:bold;color:#c00000;letter-spacing:1px;">职业技能鉴定指导中心</div>\n<div style="font-size:14px;line-height:1.6;color:#555555;margin-top:4px;">人力资源和社会保障厅</div>\n</td></tr>\n<tr><td style="padding:0 24px;"><div style="border-top:3px solid #c00000;font-size:0;line-height:0;">&nbsp;</div></td></tr>\n<tr><td align="center" style="padding:20px 24px 4px 24px;font-size:19px;line-height:1.5;font-weight:bold;color:#222222;">截止日期提醒</td></tr>\n<tr><td style="padding:8px 24px 8px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<p>故障演练机构：</p>\n<p>故障演练 u001的截止日期为 <strong>2025年3月6日（星期四）</strong>。</p>\n<p>逾期未办理的，将按规定处理。</p>\n</td></tr>\n<tr><td align="right" style="padding:8px 24px 20px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<div>职业技能鉴定指导中心</div>\n<div>2025年3月3日</div>\n</td></tr>\n<tr><td style="padding:12px 24px 20px 24px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-size:13px;line-height:1.7;color:#555555;">\n<div style="margin-top:8px;color:#888888;">本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。</div>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>	职业技能鉴定指导中心\n人力资源和社会保障厅\n========================================\n\n截止日期提醒\n\n故障演练机构：\n\n故障演练 u001的截止日期为2025年3月6日（星期四）。\n逾期未办理的，将按规定处理。\n\n职业技能鉴定指导中心\n2025年3月3日\n\n\n----------------------------------------\n\n\n\n\n\n本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。	\N	职业技能鉴定指导中心 <no-reply@evalworkflows.local>	\N	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	u001	received	\N	<01955984-5680-757b-a30a-a7f623e2fc94@evalworkflows>	638765604000000000	Sent	1	\N	638765604000000000	\N	638765604000000000	2
01955984-5680-7564-a221-884a0bc19573	deadline-reminder	u002.received@example.cn	\N	提醒：故障演练 u002将于2025年3月6日（星期四）截止	<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>截止日期提醒</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f2f2;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">\n<tr><td align="center" style="padding:16px 8px;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border:1px solid #dddddd;font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#222222;">\n<tr><td align="center" style="padding:24px 24px 12px 24px;">\n<div style="font-size:22px;line-height:1.4;font-weight:bold;color:#c00000;letter-spacing:1px;">职业技能鉴定指导中心</div>\n<div style="font-size:14px;line-height:1.6;color:#555555;margin-top:4px;">人力资源和社会保障厅</div>\n</td></tr>\n<tr><td style="padding:0 24px;"><div style="border-top:3px solid #c00000;font-size:0;line-height:0;">&nbsp;</div></td></tr>\n<tr><td align="center" style="padding:20px 24px 4px 24px;font-size:19px;line-height:1.5;font-weight:bold;color:#222222;">截止日期提醒</td></tr>\n<tr><td style="padding:8px 24px 8px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<p>故障演练机构：</p>\n<p>故障演练 u002的截止日期为 <strong>2025年3月6日（星期四）</strong>。</p>\n<p>逾期未办理的，将按规定处理。</p>\n</td></tr>\n<tr><td align="right" style="padding:8px 24px 20px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<div>职业技能鉴定指导中心</div>\n<div>2025年3月3日</div>\n</td></tr>\n<tr><td style="padding:12px 24px 20px 24px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-size:13px;line-height:1.7;color:#555555;">\n<div style="margin-top:8px;color:#888888;">本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。</div>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>	职业技能鉴定指导中心\n人力资源和社会保障厅\n========================================\n\n截止日期提醒\n\n故障演练机构：\n\n故障演练 u002的截止日期为2025年3月6日（星期四）。\n逾期未办理的，将按规定处理。\n\n职业技能鉴定指导中心\n2025年3月3日\n\n\n----------------------------------------\n\n\n\n\n\n本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。	\N	职业技能鉴定指导中心 <no-reply@evalworkflows.local>	\N	7116ad16-561d-4c7c-8570-b491b8741f65	u002	received	\N	<01955984-5680-7564-a221-884a0bc19573@evalworkflows>	638765604000000000	Sent	1	\N	638765604000000000	\N	638765604000000000	2
01955984-5680-7a8b-bcd0-4f2e438c1860	deadline-reminder	u005.received@example.cn	\N	提醒：故障演练 u005将于2025年3月6日（星期四）截止	<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>截止日期提醒</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f2f2;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">\n<tr><td align="center" style="padding:16px 8px;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border:1px solid #dddddd;font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#222222;">\n<tr><td align="center" style="padding:24px 24px 12px 24px;">\n<div style="font-size:22px;line-height:1.4;font-weight:bold;color:#c00000;letter-spacing:1px;">职业技能鉴定指导中心</div>\n<div style="font-size:14px;line-height:1.6;color:#555555;margin-top:4px;">人力资源和社会保障厅</div>\n</td></tr>\n<tr><td style="padding:0 24px;"><div style="border-top:3px solid #c00000;font-size:0;line-height:0;">&nbsp;</div></td></tr>\n<tr><td align="center" style="padding:20px 24px 4px 24px;font-size:19px;line-height:1.5;font-weight:bold;color:#222222;">截止日期提醒</td></tr>\n<tr><td style="padding:8px 24px 8px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<p>故障演练机构：</p>\n<p>故障演练 u005的截止日期为 <strong>2025年3月6日（星期四）</strong>。</p>\n<p>逾期未办理的，将按规定处理。</p>\n</td></tr>\n<tr><td align="right" style="padding:8px 24px 20px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<div>职业技能鉴定指导中心</div>\n<div>2025年3月3日</div>\n</td></tr>\n<tr><td style="padding:12px 24px 20px 24px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-size:13px;line-height:1.7;color:#555555;">\n<div style="margin-top:8px;color:#888888;">本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。</div>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>	职业技能鉴定指导中心\n人力资源和社会保障厅\n========================================\n\n截止日期提醒\n\n故障演练机构：\n\n故障演练 u005的截止日期为2025年3月6日（星期四）。\n逾期未办理的，将按规定处理。\n\n职业技能鉴定指导中心\n2025年3月3日\n\n\n----------------------------------------\n\n\n\n\n\n本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。	\N	职业技能鉴定指导中心 <no-reply@evalworkflows.local>	\N	f6532297-a6ab-4265-8926-cb604f847c3b	u005	received	\N	<01955984-5680-7a8b-bcd0-4f2e438c1860@evalworkflows>	638765604000000000	Sent	1	\N	638765604000000000	\N	638765604000000000	2
01955984-5680-7c49-88a7-f1b0254598c5	deadline-reminder	u003.received@example.cn	\N	提醒：故障演练 u003将于2025年3月6日（星期四）截止	<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>截止日期提醒</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f2f2;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">\n<tr><td align="center" style="padding:16px 8px;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border:1px solid #dddddd;font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#222222;">\n<tr><td align="center" style="padding:24px 24px 12px 24px;">\n<div style="font-size:22px;line-height:1.4;font-weight:bold;color:#c00000;letter-spacing:1px;">职业技能鉴定指导中心</div>\n<div style="font-size:14px;line-height:1.6;color:#555555;margin-top:4px;">人力资源和社会保障厅</div>\n</td></tr>\n<tr><td style="padding:0 24px;"><div style="border-top:3px solid #c00000;font-size:0;line-height:0;">&nbsp;</div></td></tr>\n<tr><td align="center" style="padding:20px 24px 4px 24px;font-size:19px;line-height:1.5;font-weight:bold;color:#222222;">截止日期提醒</td></tr>\n<tr><td style="padding:8px 24px 8px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<p>故障演练机构：</p>\n<p>故障演练 u003的截止日期为 <strong>2025年3月6日（星期四）</strong>。</p>\n<p>逾期未办理的，将按规定处理。</p>\n</td></tr>\n<tr><td align="right" style="padding:8px 24px 20px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<div>职业技能鉴定指导中心</div>\n<div>2025年3月3日</div>\n</td></tr>\n<tr><td style="padding:12px 24px 20px 24px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-size:13px;line-height:1.7;color:#555555;">\n<div style="margin-top:8px;color:#888888;">本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。</div>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>	职业技能鉴定指导中心\n人力资源和社会保障厅\n========================================\n\n截止日期提醒\n\n故障演练机构：\n\n故障演练 u003的截止日期为2025年3月6日（星期四）。\n逾期未办理的，将按规定处理。\n\n职业技能鉴定指导中心\n2025年3月3日\n\n\n----------------------------------------\n\n\n\n\n\n本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。	\N	职业技能鉴定指导中心 <no-reply@evalworkflows.local>	\N	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	u003	received	\N	<01955984-5680-7c49-88a7-f1b0254598c5@evalworkflows>	638765604000000000	Sent	1	\N	638765604000000000	\N	638765604000000000	2
01955984-5680-7d78-8717-dea1031dc324	deadline-reminder	u004.received@example.cn	\N	提醒：故障演练 u004将于2025年3月6日（星期四）截止	<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>截止日期提醒</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f2f2;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">\n<tr><td align="center" style="padding:16px 8px;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border:1px solid #dddddd;font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#222222;">\n<tr><td align="center" style="padding:24px 24px 12px 24px;">\n<div style="font-size:22px;line-height:1.4;font-weight:bold;color:#c00000;letter-spacing:1px;">职业技能鉴定指导中心</div>\n<div style="font-size:14px;line-height:1.6;color:#555555;margin-top:4px;">人力资源和社会保障厅</div>\n</td></tr>\n<tr><td style="padding:0 24px;"><div style="border-top:3px solid #c00000;font-size:0;line-height:0;">&nbsp;</div></td></tr>\n<tr><td align="center" style="padding:20px 24px 4px 24px;font-size:19px;line-height:1.5;font-weight:bold;color:#222222;">截止日期提醒</td></tr>\n<tr><td style="padding:8px 24px 8px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<p>故障演练机构：</p>\n<p>故障演练 u004的截止日期为 <strong>2025年3月6日（星期四）</strong>。</p>\n<p>逾期未办理的，将按规定处理。</p>\n</td></tr>\n<tr><td align="right" style="padding:8px 24px 20px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<div>职业技能鉴定指导中心</div>\n<div>2025年3月3日</div>\n</td></tr>\n<tr><td style="padding:12px 24px 20px 24px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-size:13px;line-height:1.7;color:#555555;">\n<div style="margin-top:8px;color:#888888;">本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。</div>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>	职业技能鉴定指导中心\n人力资源和社会保障厅\n========================================\n\n截止日期提醒\n\n故障演练机构：\n\n故障演练 u004的截止日期为2025年3月6日（星期四）。\n逾期未办理的，将按规定处理。\n\n职业技能鉴定指导中心\n2025年3月3日\n\n\n----------------------------------------\n\n\n\n\n\n本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。	\N	职业技能鉴定指导中心 <no-reply@evalworkflows.local>	\N	2ebf3422-c0ad-49e9-b715-64bfe075e72e	u004	received	\N	<01955984-5680-7d78-8717-dea1031dc324@evalworkflows>	638765604000000000	Sent	1	\N	638765604000000000	\N	638765604000000000	2
01955984-5680-7a2c-b416-94ccb37c4c59	deadline-reminder	u009.received@example.cn	\N	提醒：故障演练 u009将于2025年3月6日（星期四）截止	<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>截止日期提醒</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f2f2;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">\n<tr><td align="center" style="padding:16px 8px;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border:1px solid #dddddd;font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#222222;">\n<tr><td align="center" style="padding:24px 24px 12px 24px;">\n<div style="font-size:22px;line-height:1.4;font-weight:bold;color:#c00000;letter-spacing:1px;">职业技能鉴定指导中心</div>\n<div style="font-size:14px;line-height:1.6;color:#555555;margin-top:4px;">人力资源和社会保障厅</div>\n</td></tr>\n<tr><td style="padding:0 24px;"><div style="border-top:3px solid #c00000;font-size:0;line-height:0;">&nbsp;</div></td></tr>\n<tr><td align="center" style="padding:20px 24px 4px 24px;font-size:19px;line-height:1.5;font-weight:bold;color:#222222;">截止日期提醒</td></tr>\n<tr><td style="padding:8px 24px 8px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<p>故障演练机构：</p>\n<p>故障演练 u009的截止日期为 <strong>2025年3月6日（星期四）</strong>。</p>\n<p>逾期未办理的，将按规定处理。</p>\n</td></tr>\n<tr><td align="right" style="padding:8px 24px 20px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<div>职业技能鉴定指导中心</div>\n<div>2025年3月3日</div>\n</td></tr>\n<tr><td style="padding:12px 24px 20px 24px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-size:13px;line-height:1.7;color:#555555;">\n<div style="margin-top:8px;color:#888888;">本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。</div>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>	职业技能鉴定指导中心\n人力资源和社会保障厅\n========================================\n\n截止日期提醒\n\n故障演练机构：\n\n故障演练 u009的截止日期为2025年3月6日（星期四）。\n逾期未办理的，将按规定处理。\n\n职业技能鉴定指导中心\n2025年3月3日\n\n\n----------------------------------------\n\n\n\n\n\n本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。	\N	职业技能鉴定指导中心 <no-reply@evalworkflows.local>	\N	6001efa1-8894-4ca0-b5f4-5a1aa57de611	u009	received	\N	<01955984-5680-7a2c-b416-94ccb37c4c59@evalworkflows>	638765604000000000	Sent	1	\N	638765604000000000	\N	638765604000000000	2
01955984-5680-71cc-a6ce-0608b695dd1e	deadline-reminder	u006.received@example.cn	\N	提醒：故障演练 u006将于2025年3月6日（星期四）截止	<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>截止日期提醒</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f2f2;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">\n<tr><td align="center" style="padding:16px 8px;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border:1px solid #dddddd;font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#222222;">\n<tr><td align="center" style="padding:24px 24px 12px 24px;">\n<div style="font-size:22px;line-height:1.4;font-weight:bold;color:#c00000;letter-spacing:1px;">职业技能鉴定指导中心</div>\n<div style="font-size:14px;line-height:1.6;color:#555555;margin-top:4px;">人力资源和社会保障厅</div>\n</td></tr>\n<tr><td style="padding:0 24px;"><div style="border-top:3px solid #c00000;font-size:0;line-height:0;">&nbsp;</div></td></tr>\n<tr><td align="center" style="padding:20px 24px 4px 24px;font-size:19px;line-height:1.5;font-weight:bold;color:#222222;">截止日期提醒</td></tr>\n<tr><td style="padding:8px 24px 8px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<p>故障演练机构：</p>\n<p>故障演练 u006的截止日期为 <strong>2025年3月6日（星期四）</strong>。</p>\n<p>逾期未办理的，将按规定处理。</p>\n</td></tr>\n<tr><td align="right" style="padding:8px 24px 20px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<div>职业技能鉴定指导中心</div>\n<div>2025年3月3日</div>\n</td></tr>\n<tr><td style="padding:12px 24px 20px 24px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-size:13px;line-height:1.7;color:#555555;">\n<div style="margin-top:8px;color:#888888;">本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。</div>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>	职业技能鉴定指导中心\n人力资源和社会保障厅\n========================================\n\n截止日期提醒\n\n故障演练机构：\n\n故障演练 u006的截止日期为2025年3月6日（星期四）。\n逾期未办理的，将按规定处理。\n\n职业技能鉴定指导中心\n2025年3月3日\n\n\n----------------------------------------\n\n\n\n\n\n本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。	\N	职业技能鉴定指导中心 <no-reply@evalworkflows.local>	\N	d0dc3d21-ece9-4415-8c74-df938a0faba2	u006	received	\N	<01955984-5680-71cc-a6ce-0608b695dd1e@evalworkflows>	638765604000000000	Sent	1	\N	638765604000000000	\N	638765604000000000	2
01955984-5680-79d6-b2e1-dcb2fb330904	deadline-reminder	u007.received@example.cn	\N	提醒：故障演练 u007将于2025年3月6日（星期四）截止	<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>截止日期提醒</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f2f2;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">\n<tr><td align="center" style="padding:16px 8px;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border:1px solid #dddddd;font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#222222;">\n<tr><td align="center" style="padding:24px 24px 12px 24px;">\n<div style="font-size:22px;line-height:1.4;font-weight:bold;color:#c00000;letter-spacing:1px;">职业技能鉴定指导中心</div>\n<div style="font-size:14px;line-height:1.6;color:#555555;margin-top:4px;">人力资源和社会保障厅</div>\n</td></tr>\n<tr><td style="padding:0 24px;"><div style="border-top:3px solid #c00000;font-size:0;line-height:0;">&nbsp;</div></td></tr>\n<tr><td align="center" style="padding:20px 24px 4px 24px;font-size:19px;line-height:1.5;font-weight:bold;color:#222222;">截止日期提醒</td></tr>\n<tr><td style="padding:8px 24px 8px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<p>故障演练机构：</p>\n<p>故障演练 u007的截止日期为 <strong>2025年3月6日（星期四）</strong>。</p>\n<p>逾期未办理的，将按规定处理。</p>\n</td></tr>\n<tr><td align="right" style="padding:8px 24px 20px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<div>职业技能鉴定指导中心</div>\n<div>2025年3月3日</div>\n</td></tr>\n<tr><td style="padding:12px 24px 20px 24px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-size:13px;line-height:1.7;color:#555555;">\n<div style="margin-top:8px;color:#888888;">本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。</div>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>	职业技能鉴定指导中心\n人力资源和社会保障厅\n========================================\n\n截止日期提醒\n\n故障演练机构：\n\n故障演练 u007的截止日期为2025年3月6日（星期四）。\n逾期未办理的，将按规定处理。\n\n职业技能鉴定指导中心\n2025年3月3日\n\n\n----------------------------------------\n\n\n\n\n\n本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。	\N	职业技能鉴定指导中心 <no-reply@evalworkflows.local>	\N	72c9c59e-9c4a-4300-8126-345971820a5e	u007	received	\N	<01955984-5680-79d6-b2e1-dcb2fb330904@evalworkflows>	638765604000000000	Sent	1	\N	638765604000000000	\N	638765604000000000	2
01955984-5680-7fec-85c1-6e9b2489439e	deadline-reminder	u008.received@example.cn	\N	提醒：故障演练 u008将于2025年3月6日（星期四）截止	<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>截止日期提醒</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f2f2;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">\n<tr><td align="center" style="padding:16px 8px;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border:1px solid #dddddd;font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#222222;">\n<tr><td align="center" style="padding:24px 24px 12px 24px;">\n<div style="font-size:22px;line-height:1.4;font-weight:bold;color:#c00000;letter-spacing:1px;">职业技能鉴定指导中心</div>\n<div style="font-size:14px;line-height:1.6;color:#555555;margin-top:4px;">人力资源和社会保障厅</div>\n</td></tr>\n<tr><td style="padding:0 24px;"><div style="border-top:3px solid #c00000;font-size:0;line-height:0;">&nbsp;</div></td></tr>\n<tr><td align="center" style="padding:20px 24px 4px 24px;font-size:19px;line-height:1.5;font-weight:bold;color:#222222;">截止日期提醒</td></tr>\n<tr><td style="padding:8px 24px 8px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<p>故障演练机构：</p>\n<p>故障演练 u008的截止日期为 <strong>2025年3月6日（星期四）</strong>。</p>\n<p>逾期未办理的，将按规定处理。</p>\n</td></tr>\n<tr><td align="right" style="padding:8px 24px 20px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<div>职业技能鉴定指导中心</div>\n<div>2025年3月3日</div>\n</td></tr>\n<tr><td style="padding:12px 24px 20px 24px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-size:13px;line-height:1.7;color:#555555;">\n<div style="margin-top:8px;color:#888888;">本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。</div>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>	职业技能鉴定指导中心\n人力资源和社会保障厅\n========================================\n\n截止日期提醒\n\n故障演练机构：\n\n故障演练 u008的截止日期为2025年3月6日（星期四）。\n逾期未办理的，将按规定处理。\n\n职业技能鉴定指导中心\n2025年3月3日\n\n\n----------------------------------------\n\n\n\n\n\n本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。	\N	职业技能鉴定指导中心 <no-reply@evalworkflows.local>	\N	04a9ce72-39b9-4672-854d-5cf8096e20d1	u008	received	\N	<01955984-5680-7fec-85c1-6e9b2489439e@evalworkflows>	638765604000000000	Sent	1	\N	638765604000000000	\N	638765604000000000	2
01955984-5680-7700-8904-ff974a19d684	deadline-reminder	u010.received@example.cn	\N	提醒：故障演练 u010将于2025年3月6日（星期四）截止	<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>截止日期提醒</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f2f2;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">\n<tr><td align="center" style="padding:16px 8px;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:#ffffff;border:1px solid #dddddd;font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;color:#222222;">\n<tr><td align="center" style="padding:24px 24px 12px 24px;">\n<div style="font-size:22px;line-height:1.4;font-weight:bold;color:#c00000;letter-spacing:1px;">职业技能鉴定指导中心</div>\n<div style="font-size:14px;line-height:1.6;color:#555555;margin-top:4px;">人力资源和社会保障厅</div>\n</td></tr>\n<tr><td style="padding:0 24px;"><div style="border-top:3px solid #c00000;font-size:0;line-height:0;">&nbsp;</div></td></tr>\n<tr><td align="center" style="padding:20px 24px 4px 24px;font-size:19px;line-height:1.5;font-weight:bold;color:#222222;">截止日期提醒</td></tr>\n<tr><td style="padding:8px 24px 8px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<p>故障演练机构：</p>\n<p>故障演练 u010的截止日期为 <strong>2025年3月6日（星期四）</strong>。</p>\n<p>逾期未办理的，将按规定处理。</p>\n</td></tr>\n<tr><td align="right" style="padding:8px 24px 20px 24px;font-size:16px;line-height:1.8;color:#222222;">\n<div>职业技能鉴定指导中心</div>\n<div>2025年3月3日</div>\n</td></tr>\n<tr><td style="padding:12px 24px 20px 24px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-size:13px;line-height:1.7;color:#555555;">\n<div style="margin-top:8px;color:#888888;">本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。</div>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>	职业技能鉴定指导中心\n人力资源和社会保障厅\n========================================\n\n截止日期提醒\n\n故障演练机构：\n\n故障演练 u010的截止日期为2025年3月6日（星期四）。\n逾期未办理的，将按规定处理。\n\n职业技能鉴定指导中心\n2025年3月3日\n\n\n----------------------------------------\n\n\n\n\n\n本邮件由职业技能鉴定指导中心业务系统发送。如有疑问，请通过上述方式联系我们。	\N	职业技能鉴定指导中心 <no-reply@evalworkflows.local>	\N	64113533-0abe-44fc-8ada-ddfbfa1b5169	u010	received	\N	<01955984-5680-7700-8904-ff974a19d684@evalworkflows>	638765604000000000	Sent	1	\N	638765604000000000	\N	638765604000000000	2
\.


--
-- Data for Name: publicity_objections; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.publicity_objections ("Id", "PlanId", "RaisedBy", "Contact", "Content", "RaisedAt", "Status", "DecidedAt", "DecidedBy", "Answer", "AnsweredAt", "AnsweredBy") FROM stdin;
\.


--
-- Data for Name: renewal_applications; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.renewal_applications ("Id", "FilingId", "InstitutionId", "ReceivedOn", "Late", "Statement", "BatchExplanation", "IncentiveEvidence", "UnfinishedRectification", "Status", "DecidedOn", "Reasons", "InstanceId", "Checks") FROM stdin;
\.


--
-- Data for Name: scope_change_requests; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.scope_change_requests ("Id", "FilingId", "RequestedAt", "Description", "RequestedBy", "Status") FROM stdin;
\.


--
-- Data for Name: stored_files; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stored_files ("Id", "InstitutionId", "FilingId", "FileName", "ContentType", "Size", "Sha256", "Content", "UploadedAt", "UploadedBy", "ObjectionId", "PlanId") FROM stdin;
\.


--
-- Data for Name: studio_changes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.studio_changes ("Id", "Kind", "Target", "Version", "Action", "ChangedBy", "ChangedAt", "Reason") FROM stdin;
1	definition	fault-drill	1	部署	admin	638765604000000000	\N
\.


--
-- Data for Name: supervision_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.supervision_reports ("Id", "PlanId", "Supervisor", "SubmittedAt", "ExamAdministration", "CandidateEligibility", "QuestionsAndAssessors", "PremisesAndEquipment", "Fees", "Recommendation", "InvalidityGrounds") FROM stdin;
\.


--
-- Data for Name: wf_definitions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wf_definitions ("Id", "Key", "Version", "Name", "Xml", "Hash", "DeployedAt", "DeployedBy") FROM stdin;
32642057-f0b3-4006-86de-02b35ad9fafd	annual-report	1	年度工作总结（每年3月1日至10日）	<?xml version="1.0" encoding="UTF-8"?>\n<!--\n  年度工作总结 — called by filing-lifecycle once a year (business key = filing id). In: filingId, institutionId,\n  institution_name, institution_email, institution_code, report_year.\n  003 §四(二): institutions submit their previous year's work summary 1–10 March (calendar days). A last day\n  that is a rest day moves to the next working day (Civil Code art. 203, DOMAIN.md): add_days rolls it\n  (2026-03-10 is a Tuesday and stays; 2029-03-10 is a Saturday and moves to Monday 2029-03-12).\n  Told on 20 February; reminded 2 days before the window closes; a clerk reviews the summary within 5 working\n  days of its submission (the centre's practice: 003 sets no period) and accepts or returns it; a returned\n  summary is resubmitted within 5 working days (our choice: the notices set no period), with a reminder at\n  09:00 two working days before that deadline. Missing at the end of the window, or not resubmitted in time →\n  recorded as overdue (each with its own notice), which weighs in the renewal evaluation (003 §四(二)).\n  Review data field: return_reason (when returning).\n-->\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"\n                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"\n                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"\n                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"\n                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n                  xmlns:ew="http://evalworkflows.org/schema/bpmn"\n                  id="defs_annual-report" targetNamespace="http://evalworkflows.org/workflows">\n  <bpmn:message id="m_annual_submitted" name="annual-report-submitted" />\n  <bpmn:process id="annual-report" name="年度工作总结（每年3月1日至10日）" isExecutable="true">\n    <bpmn:startEvent id="start" name="新的总结年度" />\n    <bpmn:sequenceFlow id="f_schedule" sourceRef="start" targetRef="schedule" />\n    <bpmn:serviceTask id="schedule" name="确定报送期" ew:type="annual.schedule" ew:basis="003 §四(二); 民法典第203条">\n      <bpmn:extensionElements>\n        <ew:property name="notice_on" value="(report_year + 1) + &quot;-02-20&quot;" />\n        <ew:property name="window_opens" value="(report_year + 1) + &quot;-03-01&quot;" />\n        <ew:property name="window_closes" value="add_days((report_year + 1) + &quot;-03-01&quot;, 9)" />\n      </bpmn:extensionElements>\n    </bpmn:serviceTask>\n    <bpmn:sequenceFlow id="f_untilNotice" sourceRef="schedule" targetRef="untilNotice" />\n    <bpmn:intermediateCatchEvent id="untilNotice" name="报送期前告知（2月20日）">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(working_day_on_or_before(notice_on), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>\n    <bpmn:sequenceFlow id="f_noticeWindow" sourceRef="untilNotice" targetRef="noticeWindow" />\n    <bpmn:sendTask id="noticeWindow" name="通知：请于3月1日至10日报送年度工作总结" ew:type="notice"\n                   ew:template="annual-window-opening" ew:to="institution_email" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_untilOpen" sourceRef="noticeWindow" targetRef="untilOpen" />\n    <bpmn:intermediateCatchEvent id="untilOpen" name="报送期开始（3月1日）" ew:basis="003 §四(二)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>window_opens</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>\n    <bpmn:sequenceFlow id="f_await" sourceRef="untilOpen" targetRef="awaitReport" />\n    <bpmn:subProcess id="awaitReport" name="等待报送年度工作总结" ew:basis="003 §四(二)">\n      <bpmn:startEvent id="awaitReport_start" name="报送期开始" />\n      <bpmn:sequenceFlow id="f_awaitMsg" sourceRef="awaitReport_start" targetRef="submitted" />\n      <bpmn:intermediateCatchEvent id="submitted" name="收到年度工作总结">\n        <bpmn:messageEventDefinition messageRef="m_annual_submitted" />\n      </bpmn:intermediateCatchEvent>\n      <bpmn:sequenceFlow id="f_awaitEnd" sourceRef="submitted" targetRef="awaitReport_end" />\n      <bpmn:endEvent id="awaitReport_end" name="已报送" />\n    </bpmn:subProcess>\n    <bpmn:boundaryEvent id="reminder" name="截止前2日提醒" attachedToRef="awaitReport" cancelActivity="false">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(working_day_on_or_before(add_days_exact(window_closes, -2)), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_reminder" sourceRef="reminder" targetRef="noticeReminder" />\n    <bpmn:sendTask id="noticeReminder" name="提醒：年度工作总结即将截止" ew:type="notice"\n                   ew:template="annual-reminder" ew:to="institution_email" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_reminded" sourceRef="noticeReminder" targetRef="reminded" />\n    <bpmn:endEvent id="reminded" name="已提醒" />\n    <bpmn:boundaryEvent id="missing" name="报送期届满未报送" attachedToRef="awaitReport" ew:basis="003 §四(二)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>end_of_day(window_closes)</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_missing" sourceRef="missing" targetRef="recordOverdue" />\n    <bpmn:serviceTask id="recordOverdue" name="记录逾期未报送" ew:type="annual.record-overdue" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_overdueNotice" sourceRef="recordOverdue" targetRef="noticeOverdue" />\n    <bpmn:sendTask id="noticeOverdue" name="通知：年度工作总结逾期未报送" ew:type="notice"\n                   ew:template="annual-overdue" ew:to="institution_email" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_overdueEnd" sourceRef="noticeOverdue" targetRef="overdue" />\n    <bpmn:endEvent id="overdue" name="逾期" />\n\n    <bpmn:sequenceFlow id="f_review" sourceRef="awaitReport" targetRef="review" />\n    <bpmn:userTask id="review" name="审核{{ report_year }}年度工作总结：{{ institution_name }}" ew:candidateRole="clerk"\n                   ew:outcomes="accept,return" ew:fields="return_reason" ew:formKey="annual-report-review"\n                   ew:dueDate="end_of_day(add_working_days(submitted_on, 5))" ew:basis="003 §四(二)">\n      <bpmn:documentation>审核期限：报送（或重新报送）之日起5个工作日（本中心工作惯例，003 §四(二) 未规定审核期限；管理员可在此调整）。退回时填写退回理由（return_reason）。</bpmn:documentation>\n    </bpmn:userTask>\n    <bpmn:sequenceFlow id="f_decision" sourceRef="review" targetRef="accepted" />\n    <bpmn:exclusiveGateway id="accepted" name="是否通过？" default="f_return" />\n    <bpmn:sequenceFlow id="f_accept" sourceRef="accepted" targetRef="accept">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">outcome == "accept"</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:serviceTask id="accept" name="记录审核通过" ew:type="annual.accept" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_acceptedNotice" sourceRef="accept" targetRef="noticeAccepted" />\n    <bpmn:sendTask id="noticeAccepted" name="通知：年度工作总结审核通过" ew:type="notice"\n                   ew:template="annual-accepted" ew:to="institution_email" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_acceptedEnd" sourceRef="noticeAccepted" targetRef="done" />\n    <bpmn:endEvent id="done" name="已通过" />\n    <bpmn:sequenceFlow id="f_return" sourceRef="accepted" targetRef="return" />\n    <bpmn:serviceTask id="return" name="退回修改" ew:type="annual.return" ew:basis="003 §四(二)">\n      <bpmn:extensionElements>\n        <ew:property name="resubmit_due" value="add_working_days(returned_on, 5)" />\n      </bpmn:extensionElements>\n    </bpmn:serviceTask>\n    <bpmn:sequenceFlow id="f_returnedNotice" sourceRef="return" targetRef="noticeReturned" />\n    <bpmn:sendTask id="noticeReturned" name="通知：年度工作总结退回修改" ew:type="notice"\n                   ew:template="annual-returned" ew:to="institution_email" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_awaitAgain" sourceRef="noticeReturned" targetRef="awaitResubmission" />\n    <bpmn:subProcess id="awaitResubmission" name="等待重新报送" ew:basis="003 §四(二)">\n      <bpmn:startEvent id="awaitAgain_start" name="已退回" />\n      <bpmn:sequenceFlow id="f_againMsg" sourceRef="awaitAgain_start" targetRef="resubmitted" />\n      <bpmn:intermediateCatchEvent id="resubmitted" name="收到修改后的总结">\n        <bpmn:messageEventDefinition messageRef="m_annual_submitted" />\n      </bpmn:intermediateCatchEvent>\n      <bpmn:sequenceFlow id="f_againEnd" sourceRef="resubmitted" targetRef="awaitAgain_end" />\n      <bpmn:endEvent id="awaitAgain_end" name="已重新报送" />\n    </bpmn:subProcess>\n    <bpmn:boundaryEvent id="resubmissionMissing" name="逾期未重新报送" attachedToRef="awaitResubmission" ew:basis="003 §四(二)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>end_of_day(resubmit_due)</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_resubmissionMissing" sourceRef="resubmissionMissing" targetRef="recordResubmissionOverdue" />\n    <bpmn:serviceTask id="recordResubmissionOverdue" name="记录退回后逾期未重新报送" ew:type="annual.record-overdue" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_resubmissionOverdueNotice" sourceRef="recordResubmissionOverdue" targetRef="noticeResubmissionOverdue" />\n    <bpmn:sendTask id="noticeResubmissionOverdue" name="通知：退回修改的年度工作总结逾期未重新报送" ew:type="notice"\n                   ew:template="annual-resubmission-overdue" ew:to="institution_email" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_resubmissionOverdueEnd" sourceRef="noticeResubmissionOverdue" targetRef="resubmissionOverdue" />\n    <bpmn:endEvent id="resubmissionOverdue" name="逾期未重新报送" />\n    <bpmn:boundaryEvent id="resubmissionReminder" name="重新报送期限前2个工作日提醒" attachedToRef="awaitResubmission" cancelActivity="false" ew:basis="003 §四(二)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(add_working_days(resubmit_due, -2), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_resubmissionReminder" sourceRef="resubmissionReminder" targetRef="noticeResubmissionReminder" />\n    <bpmn:sendTask id="noticeResubmissionReminder" name="提醒：退回修改的年度工作总结即将到期" ew:type="notice"\n                   ew:template="annual-resubmission-reminder" ew:to="institution_email" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_resubmissionReminded" sourceRef="noticeResubmissionReminder" targetRef="resubmissionReminded" />\n    <bpmn:endEvent id="resubmissionReminded" name="已提醒" />\n    <bpmn:sequenceFlow id="f_reviewAgain" sourceRef="awaitResubmission" targetRef="review" />\n  </bpmn:process>\n  <bpmndi:BPMNDiagram id="diagram">\n    <bpmndi:BPMNPlane id="plane" bpmnElement="annual-report">\n      <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="182" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="schedule_di" bpmnElement="schedule"><dc:Bounds x="320" y="230" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="untilNotice_di" bpmnElement="untilNotice"><dc:Bounds x="522" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeWindow_di" bpmnElement="noticeWindow"><dc:Bounds x="660" y="230" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="untilOpen_di" bpmnElement="untilOpen"><dc:Bounds x="862" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitReport_di" bpmnElement="awaitReport" isExpanded="true"><dc:Bounds x="1000" y="200" width="430" height="140" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitReport_start_di" bpmnElement="awaitReport_start"><dc:Bounds x="1052" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="submitted_di" bpmnElement="submitted"><dc:Bounds x="1182" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitReport_end_di" bpmnElement="awaitReport_end"><dc:Bounds x="1312" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeReminder_di" bpmnElement="noticeReminder"><dc:Bounds x="1170" y="80" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="reminded_di" bpmnElement="reminded"><dc:Bounds x="1372" y="102" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="recordOverdue_di" bpmnElement="recordOverdue"><dc:Bounds x="1170" y="530" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeOverdue_di" bpmnElement="noticeOverdue"><dc:Bounds x="1340" y="530" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="overdue_di" bpmnElement="overdue"><dc:Bounds x="1542" y="552" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="1510" y="230" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="accepted_di" bpmnElement="accepted"><dc:Bounds x="1705" y="245" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="accept_di" bpmnElement="accept"><dc:Bounds x="1850" y="230" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeAccepted_di" bpmnElement="noticeAccepted"><dc:Bounds x="2020" y="230" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="done_di" bpmnElement="done"><dc:Bounds x="2222" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="return_di" bpmnElement="return"><dc:Bounds x="1850" y="380" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeReturned_di" bpmnElement="noticeReturned"><dc:Bounds x="2020" y="380" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitResubmission_di" bpmnElement="awaitResubmission" isExpanded="true"><dc:Bounds x="2190" y="350" width="430" height="140" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitAgain_start_di" bpmnElement="awaitAgain_start"><dc:Bounds x="2242" y="402" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="resubmitted_di" bpmnElement="resubmitted"><dc:Bounds x="2372" y="402" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitAgain_end_di" bpmnElement="awaitAgain_end"><dc:Bounds x="2502" y="402" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="reminder_di" bpmnElement="reminder"><dc:Bounds x="1010" y="322" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="missing_di" bpmnElement="missing"><dc:Bounds x="1054" y="322" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="resubmissionMissing_di" bpmnElement="resubmissionMissing"><dc:Bounds x="2200" y="472" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="resubmissionReminder_di" bpmnElement="resubmissionReminder"><dc:Bounds x="2400" y="472" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="recordResubmissionOverdue_di" bpmnElement="recordResubmissionOverdue"><dc:Bounds x="2170" y="620" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeResubmissionOverdue_di" bpmnElement="noticeResubmissionOverdue"><dc:Bounds x="2320" y="620" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="resubmissionOverdue_di" bpmnElement="resubmissionOverdue"><dc:Bounds x="2482" y="642" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeResubmissionReminder_di" bpmnElement="noticeResubmissionReminder"><dc:Bounds x="2470" y="530" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="resubmissionReminded_di" bpmnElement="resubmissionReminded"><dc:Bounds x="2632" y="552" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNEdge id="f_schedule_di" bpmnElement="f_schedule"><di:waypoint x="200" y="270" /><di:waypoint x="370" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_untilNotice_di" bpmnElement="f_untilNotice"><di:waypoint x="370" y="270" /><di:waypoint x="540" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeWindow_di" bpmnElement="f_noticeWindow"><di:waypoint x="540" y="270" /><di:waypoint x="710" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_untilOpen_di" bpmnElement="f_untilOpen"><di:waypoint x="710" y="270" /><di:waypoint x="880" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_await_di" bpmnElement="f_await"><di:waypoint x="880" y="270" /><di:waypoint x="1215" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_awaitMsg_di" bpmnElement="f_awaitMsg"><di:waypoint x="1070" y="270" /><di:waypoint x="1200" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_awaitEnd_di" bpmnElement="f_awaitEnd"><di:waypoint x="1200" y="270" /><di:waypoint x="1330" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_reminder_di" bpmnElement="f_reminder"><di:waypoint x="1028" y="340" /><di:waypoint x="1028" y="120" /><di:waypoint x="1220" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_reminded_di" bpmnElement="f_reminded"><di:waypoint x="1220" y="120" /><di:waypoint x="1390" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_missing_di" bpmnElement="f_missing"><di:waypoint x="1072" y="340" /><di:waypoint x="1072" y="570" /><di:waypoint x="1220" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_overdueNotice_di" bpmnElement="f_overdueNotice"><di:waypoint x="1220" y="570" /><di:waypoint x="1390" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_overdueEnd_di" bpmnElement="f_overdueEnd"><di:waypoint x="1390" y="570" /><di:waypoint x="1560" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_review_di" bpmnElement="f_review"><di:waypoint x="1215" y="270" /><di:waypoint x="1560" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_decision_di" bpmnElement="f_decision"><di:waypoint x="1560" y="270" /><di:waypoint x="1730" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_accept_di" bpmnElement="f_accept"><di:waypoint x="1730" y="270" /><di:waypoint x="1900" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_acceptedNotice_di" bpmnElement="f_acceptedNotice"><di:waypoint x="1900" y="270" /><di:waypoint x="2070" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_acceptedEnd_di" bpmnElement="f_acceptedEnd"><di:waypoint x="2070" y="270" /><di:waypoint x="2240" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_return_di" bpmnElement="f_return"><di:waypoint x="1730" y="270" /><di:waypoint x="1730" y="420" /><di:waypoint x="1900" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_returnedNotice_di" bpmnElement="f_returnedNotice"><di:waypoint x="1900" y="420" /><di:waypoint x="2070" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_awaitAgain_di" bpmnElement="f_awaitAgain"><di:waypoint x="2070" y="420" /><di:waypoint x="2405" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_againMsg_di" bpmnElement="f_againMsg"><di:waypoint x="2260" y="420" /><di:waypoint x="2390" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_againEnd_di" bpmnElement="f_againEnd"><di:waypoint x="2390" y="420" /><di:waypoint x="2520" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_resubmissionMissing_di" bpmnElement="f_resubmissionMissing"><di:waypoint x="2218" y="508" /><di:waypoint x="2218" y="620" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_resubmissionOverdueNotice_di" bpmnElement="f_resubmissionOverdueNotice"><di:waypoint x="2270" y="660" /><di:waypoint x="2320" y="660" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_resubmissionOverdueEnd_di" bpmnElement="f_resubmissionOverdueEnd"><di:waypoint x="2420" y="660" /><di:waypoint x="2482" y="660" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_resubmissionReminder_di" bpmnElement="f_resubmissionReminder"><di:waypoint x="2418" y="508" /><di:waypoint x="2418" y="570" /><di:waypoint x="2470" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_resubmissionReminded_di" bpmnElement="f_resubmissionReminded"><di:waypoint x="2570" y="570" /><di:waypoint x="2632" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_reviewAgain_di" bpmnElement="f_reviewAgain"><di:waypoint x="2405" y="420" /><di:waypoint x="2405" y="270" /><di:waypoint x="1560" y="270" /></bpmndi:BPMNEdge>\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n	c8169edaaf0b1866433e12debb6829c63b1f4e9ad0ced99f6f5e31e60dcabb2f	638765604000000000	system
c5a450f7-a9d3-4cd6-82f2-38bc3141878a	filing-acceptance	1	备案受理	<?xml version="1.0" encoding="UTF-8"?>\n<!-- 备案受理: application, formal review, one-time correction, acceptance, filing within 5 working days. -->\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"\n                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"\n                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ew="http://evalworkflows.org/schema/bpmn"\n                  id="defs_filing-acceptance" targetNamespace="http://evalworkflows.org/workflows">\n  <bpmn:message id="m_resubmitted" name="filing-resubmitted" />\n  <bpmn:process id="filing-acceptance" name="备案受理" isExecutable="true">\n    <bpmn:startEvent id="submitted" name="提交备案申请" />\n    <bpmn:serviceTask id="received" name="登记收件" ew:type="filing.received" ew:basis="000 §二；001 art. 6" />\n    <bpmn:sendTask id="noticeReceived" name="告知已收件" ew:type="notice" ew:template="filing-received" ew:to="institution_email" ew:basis="000 §二；001 art. 6" />\n    <bpmn:userTask id="review" name="形式审查：{{ institution_name }}" ew:candidateRole="clerk" ew:formKey="filing-review" ew:outcomes="accept,correct,refuse" ew:fields="correction_items,refusal_reasons" ew:dueDate="end_of_day(add_working_days(review_from, 5))" ew:basis="000 §三.2；001 art. 9">\n      <bpmn:documentation>形式审查（001 第九条）。补正须一次性列明全部事项（000 §三.2）；补正时填写 correction_items，不予备案时填写 refusal_reasons。审查期限：收件或重新提交之日起5个工作日（本中心服务承诺，文件未规定期限；000 §三.2 要求当场告知，管理员可在此调整）。</bpmn:documentation>\n    </bpmn:userTask>\n    <bpmn:boundaryEvent id="reviewReminder" name="审查期限前一个工作日提醒" attachedToRef="review" cancelActivity="false" ew:basis="000 §三.2；001 art. 9"><bpmn:timerEventDefinition><bpmn:timeDate>at(add_working_days(task_due_on, -1), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>\n    <bpmn:boundaryEvent id="reviewOverdue" name="审查期限届满" attachedToRef="review" cancelActivity="false" ew:basis="000 §三.2；001 art. 9"><bpmn:timerEventDefinition><bpmn:timeDate>task_due</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>\n    <bpmn:sendTask id="noticeReviewReminder" name="提醒经办人审查" ew:type="notice" ew:template="filing-review-reminder" ew:to="centre_email" ew:basis="000 §三.2；001 art. 9" />\n    <bpmn:endEvent id="reviewReminded" name="已提醒" />\n    <bpmn:sendTask id="noticeReviewOverdue" name="审查逾期报告督办" ew:type="notice" ew:template="filing-review-overdue" ew:to="supervisor_email" ew:cc="centre_email" ew:basis="000 §三.2；001 art. 9" />\n    <bpmn:userTask id="followUpReview" name="督办逾期形式审查：{{ institution_name }}" ew:candidateRole="supervisor" ew:formKey="filing-followup" ew:fields="" ew:basis="000 §三.2；001 art. 9" />\n    <bpmn:endEvent id="reviewFollowedUp" name="督办完毕" />\n    <bpmn:exclusiveGateway id="decision" name="审查结论" ew:basis="001 art. 9" />\n    <bpmn:serviceTask id="accept" name="受理" ew:type="filing.accept" ew:basis="001 art. 9；000 §三.2">\n      <bpmn:extensionElements><ew:property name="completionDueOn" value="add_working_days(accepted_on, 5)" /></bpmn:extensionElements>\n    </bpmn:serviceTask>\n    <bpmn:sendTask id="noticeAccepted" name="告知已受理" ew:type="notice" ew:template="filing-accepted" ew:to="institution_email" ew:basis="001 art. 9" />\n    <bpmn:userTask id="complete" name="办理备案：{{ institution_name }}" ew:candidateRole="clerk" ew:formKey="filing-complete" ew:fields="" ew:dueDate="end_of_day(completion_due_on)" ew:basis="001 art. 9" />\n    <bpmn:boundaryEvent id="completionReminder" name="期限前一个工作日提醒" attachedToRef="complete" cancelActivity="false" ew:basis="001 art. 9"><bpmn:timerEventDefinition><bpmn:timeDate>at(add_working_days(task_due_on, -1), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>\n    <bpmn:boundaryEvent id="completionOverdue" name="备案期限届满" attachedToRef="complete" cancelActivity="false" ew:basis="001 art. 9"><bpmn:timerEventDefinition><bpmn:timeDate>task_due</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>\n    <bpmn:sendTask id="noticeCompletionReminder" name="提醒经办人" ew:type="notice" ew:template="filing-completion-reminder" ew:to="centre_email" ew:basis="001 art. 9" />\n    <bpmn:endEvent id="reminded" name="已提醒" />\n    <bpmn:sendTask id="noticeCompletionOverdue" name="逾期报告督办" ew:type="notice" ew:template="filing-completion-overdue" ew:to="supervisor_email" ew:cc="centre_email" ew:basis="001 art. 9" />\n    <bpmn:userTask id="followUp" name="督办逾期备案：{{ institution_name }}" ew:candidateRole="supervisor" ew:formKey="filing-followup" ew:fields="" ew:basis="001 art. 9" />\n    <bpmn:endEvent id="followedUp" name="督办完毕" />\n    <bpmn:serviceTask id="completeFiling" name="完成备案（赋码、公布）" ew:type="filing.complete" ew:basis="001 art. 9；003 §四(一)；004 §二；004 §五(二)">\n      <bpmn:extensionElements>\n        <ew:property name="validityYears" value="3" />\n        <ew:property name="renewalWindowDays" value="90" />\n        <ew:property name="graceDays" value="60" />\n      </bpmn:extensionElements>\n    </bpmn:serviceTask>\n    <bpmn:sendTask id="noticeCompleted" name="出具备案告知书" ew:type="notice" ew:template="filing-completed" ew:to="institution_email" ew:cc="filing_cc" ew:basis="000 §三.2 附件2；001 art. 9；003 §一(二)" />\n    <bpmn:exclusiveGateway id="byCity" name="市级备案？" default="notCity" ew:basis="000 §四.1" />\n    <bpmn:sendTask id="provinceReport" name="报送省厅" ew:type="notice" ew:template="filing-province-report" ew:to="province_email" ew:basis="000 §四.1" />\n    <bpmn:endEvent id="filed" name="已备案" />\n    <bpmn:serviceTask id="correction" name="登记补正事项" ew:type="filing.correction" ew:basis="000 §三.2">\n      <bpmn:extensionElements><ew:property name="resubmissionDeadline" value="add_working_days(correction_requested_on, 20)" /></bpmn:extensionElements>\n      <bpmn:documentation>补正期限：告知之日起20个工作日（本中心规定，文件未规定期限；管理员可在此调整）。期满未补正的，终止办理。</bpmn:documentation>\n    </bpmn:serviceTask>\n    <bpmn:sendTask id="noticeCorrection" name="一次性告知补正" ew:type="notice" ew:template="filing-correction" ew:to="institution_email" ew:basis="000 §三.2" />\n    <bpmn:subProcess id="awaitResubmission" name="等待补正材料" ew:basis="000 §三.2">\n      <bpmn:startEvent id="awaitStart" name="开始等待" />\n      <bpmn:sequenceFlow id="awaitF1" sourceRef="awaitStart" targetRef="resubmitted" />\n      <bpmn:intermediateCatchEvent id="resubmitted" name="收到补正材料"><bpmn:messageEventDefinition messageRef="m_resubmitted" /></bpmn:intermediateCatchEvent>\n      <bpmn:sequenceFlow id="awaitF2" sourceRef="resubmitted" targetRef="awaitEnd" />\n      <bpmn:endEvent id="awaitEnd" name="已重新提交" />\n    </bpmn:subProcess>\n    <bpmn:boundaryEvent id="resubmissionReminder" name="期满前5个工作日提醒" attachedToRef="awaitResubmission" cancelActivity="false" ew:basis="000 §三.2"><bpmn:timerEventDefinition><bpmn:timeDate>at(add_working_days(correction_deadline, -5), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>\n    <bpmn:boundaryEvent id="resubmissionLapsed" name="补正期限届满" attachedToRef="awaitResubmission" ew:basis="000 §三.2"><bpmn:timerEventDefinition><bpmn:timeDate>end_of_day(correction_deadline)</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>\n    <bpmn:sendTask id="noticeResubmissionReminder" name="提醒补正" ew:type="notice" ew:template="filing-resubmission-reminder" ew:to="institution_email" ew:basis="000 §三.2" />\n    <bpmn:endEvent id="resubmissionReminded" name="已提醒" />\n    <bpmn:serviceTask id="abandon" name="终止办理" ew:type="filing.abandon" ew:basis="000 §三.2" />\n    <bpmn:sendTask id="noticeAbandoned" name="告知终止办理" ew:type="notice" ew:template="filing-abandoned" ew:to="institution_email" ew:basis="000 §三.2" />\n    <bpmn:endEvent id="abandoned" name="终止办理" />\n    <bpmn:serviceTask id="applyResubmission" name="登记重新提交的材料" ew:type="filing.resubmitted" ew:basis="000 §三.2" />\n    <bpmn:serviceTask id="refuse" name="不予备案" ew:type="filing.refuse" ew:basis="001 art. 9" />\n    <bpmn:sendTask id="noticeRefused" name="告知不予备案及理由" ew:type="notice" ew:template="filing-refused" ew:to="institution_email" ew:basis="001 art. 9" />\n    <bpmn:endEvent id="refused" name="不予备案" />\n    <bpmn:sequenceFlow id="f1" sourceRef="submitted" targetRef="received" />\n    <bpmn:sequenceFlow id="f2" sourceRef="received" targetRef="noticeReceived" />\n    <bpmn:sequenceFlow id="f3" sourceRef="noticeReceived" targetRef="review" />\n    <bpmn:sequenceFlow id="f4" sourceRef="review" targetRef="decision" />\n    <bpmn:sequenceFlow id="toAccept" name="受理" sourceRef="decision" targetRef="accept"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">outcome == &quot;accept&quot;</bpmn:conditionExpression></bpmn:sequenceFlow>\n    <bpmn:sequenceFlow id="toCorrect" name="补正" sourceRef="decision" targetRef="correction"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">outcome == &quot;correct&quot;</bpmn:conditionExpression></bpmn:sequenceFlow>\n    <bpmn:sequenceFlow id="toRefuse" name="不予备案" sourceRef="decision" targetRef="refuse"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">outcome == &quot;refuse&quot;</bpmn:conditionExpression></bpmn:sequenceFlow>\n    <bpmn:sequenceFlow id="f5" sourceRef="accept" targetRef="noticeAccepted" />\n    <bpmn:sequenceFlow id="f6" sourceRef="noticeAccepted" targetRef="complete" />\n    <bpmn:sequenceFlow id="f7" sourceRef="complete" targetRef="completeFiling" />\n    <bpmn:sequenceFlow id="f8" sourceRef="completionReminder" targetRef="noticeCompletionReminder" />\n    <bpmn:sequenceFlow id="f9" sourceRef="noticeCompletionReminder" targetRef="reminded" />\n    <bpmn:sequenceFlow id="f10" sourceRef="completionOverdue" targetRef="noticeCompletionOverdue" />\n    <bpmn:sequenceFlow id="f11" sourceRef="noticeCompletionOverdue" targetRef="followUp" />\n    <bpmn:sequenceFlow id="f12" sourceRef="followUp" targetRef="followedUp" />\n    <bpmn:sequenceFlow id="f13" sourceRef="completeFiling" targetRef="noticeCompleted" />\n    <bpmn:sequenceFlow id="f14" sourceRef="noticeCompleted" targetRef="byCity" />\n    <bpmn:sequenceFlow id="isCity" name="市级备案" sourceRef="byCity" targetRef="provinceReport"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">filed_by_city == true</bpmn:conditionExpression></bpmn:sequenceFlow>\n    <bpmn:sequenceFlow id="notCity" name="省级备案" sourceRef="byCity" targetRef="filed" />\n    <bpmn:sequenceFlow id="f15" sourceRef="provinceReport" targetRef="filed" />\n    <bpmn:sequenceFlow id="f16" sourceRef="correction" targetRef="noticeCorrection" />\n    <bpmn:sequenceFlow id="f17" sourceRef="noticeCorrection" targetRef="awaitResubmission" />\n    <bpmn:sequenceFlow id="f18" sourceRef="awaitResubmission" targetRef="applyResubmission" />\n    <bpmn:sequenceFlow id="f19" sourceRef="applyResubmission" targetRef="review" />\n    <bpmn:sequenceFlow id="f20" sourceRef="resubmissionReminder" targetRef="noticeResubmissionReminder" />\n    <bpmn:sequenceFlow id="f21" sourceRef="noticeResubmissionReminder" targetRef="resubmissionReminded" />\n    <bpmn:sequenceFlow id="f22" sourceRef="resubmissionLapsed" targetRef="abandon" />\n    <bpmn:sequenceFlow id="f23" sourceRef="abandon" targetRef="noticeAbandoned" />\n    <bpmn:sequenceFlow id="f24" sourceRef="noticeAbandoned" targetRef="abandoned" />\n    <bpmn:sequenceFlow id="f25" sourceRef="refuse" targetRef="noticeRefused" />\n    <bpmn:sequenceFlow id="f26" sourceRef="noticeRefused" targetRef="refused" />\n    <bpmn:sequenceFlow id="f27" sourceRef="reviewReminder" targetRef="noticeReviewReminder" />\n    <bpmn:sequenceFlow id="f28" sourceRef="noticeReviewReminder" targetRef="reviewReminded" />\n    <bpmn:sequenceFlow id="f29" sourceRef="reviewOverdue" targetRef="noticeReviewOverdue" />\n    <bpmn:sequenceFlow id="f30" sourceRef="noticeReviewOverdue" targetRef="followUpReview" />\n    <bpmn:sequenceFlow id="f31" sourceRef="followUpReview" targetRef="reviewFollowedUp" />\n  </bpmn:process>\n  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="filing-acceptance">\n    <bpmndi:BPMNShape id="submitted_di" bpmnElement="submitted"><dc:Bounds x="40" y="222" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="received_di" bpmnElement="received"><dc:Bounds x="120" y="200" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeReceived_di" bpmnElement="noticeReceived"><dc:Bounds x="260" y="200" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="400" y="200" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="reviewReminder_di" bpmnElement="reviewReminder"><dc:Bounds x="412" y="182" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="reviewOverdue_di" bpmnElement="reviewOverdue"><dc:Bounds x="462" y="182" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeReviewReminder_di" bpmnElement="noticeReviewReminder"><dc:Bounds x="300" y="60" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="reviewReminded_di" bpmnElement="reviewReminded"><dc:Bounds x="332" y="2" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeReviewOverdue_di" bpmnElement="noticeReviewOverdue"><dc:Bounds x="450" y="60" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="followUpReview_di" bpmnElement="followUpReview"><dc:Bounds x="590" y="60" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="reviewFollowedUp_di" bpmnElement="reviewFollowedUp"><dc:Bounds x="732" y="82" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="decision_di" bpmnElement="decision"><dc:Bounds x="550" y="215" width="50" height="50" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="accept_di" bpmnElement="accept"><dc:Bounds x="650" y="200" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeAccepted_di" bpmnElement="noticeAccepted"><dc:Bounds x="790" y="200" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="complete_di" bpmnElement="complete"><dc:Bounds x="930" y="200" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="completionReminder_di" bpmnElement="completionReminder"><dc:Bounds x="942" y="182" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="completionOverdue_di" bpmnElement="completionOverdue"><dc:Bounds x="992" y="182" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeCompletionReminder_di" bpmnElement="noticeCompletionReminder"><dc:Bounds x="860" y="60" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="reminded_di" bpmnElement="reminded"><dc:Bounds x="880" y="2" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeCompletionOverdue_di" bpmnElement="noticeCompletionOverdue"><dc:Bounds x="1010" y="60" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="followUp_di" bpmnElement="followUp"><dc:Bounds x="1150" y="60" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="followedUp_di" bpmnElement="followedUp"><dc:Bounds x="1290" y="82" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="completeFiling_di" bpmnElement="completeFiling"><dc:Bounds x="1080" y="200" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeCompleted_di" bpmnElement="noticeCompleted"><dc:Bounds x="1220" y="200" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="byCity_di" bpmnElement="byCity"><dc:Bounds x="1370" y="215" width="50" height="50" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="provinceReport_di" bpmnElement="provinceReport"><dc:Bounds x="1460" y="120" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="filed_di" bpmnElement="filed"><dc:Bounds x="1620" y="222" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="correction_di" bpmnElement="correction"><dc:Bounds x="650" y="380" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeCorrection_di" bpmnElement="noticeCorrection"><dc:Bounds x="790" y="380" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="awaitResubmission_di" bpmnElement="awaitResubmission" isExpanded="true"><dc:Bounds x="930" y="360" width="220" height="120" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="resubmissionReminder_di" bpmnElement="resubmissionReminder"><dc:Bounds x="962" y="462" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="resubmissionLapsed_di" bpmnElement="resubmissionLapsed"><dc:Bounds x="1082" y="462" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeResubmissionReminder_di" bpmnElement="noticeResubmissionReminder"><dc:Bounds x="930" y="540" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="resubmissionReminded_di" bpmnElement="resubmissionReminded"><dc:Bounds x="962" y="672" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="abandon_di" bpmnElement="abandon"><dc:Bounds x="1070" y="540" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeAbandoned_di" bpmnElement="noticeAbandoned"><dc:Bounds x="1210" y="540" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="abandoned_di" bpmnElement="abandoned"><dc:Bounds x="1360" y="562" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="applyResubmission_di" bpmnElement="applyResubmission"><dc:Bounds x="1210" y="380" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="refuse_di" bpmnElement="refuse"><dc:Bounds x="650" y="700" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="noticeRefused_di" bpmnElement="noticeRefused"><dc:Bounds x="790" y="700" width="100" height="80" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="refused_di" bpmnElement="refused"><dc:Bounds x="940" y="722" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="awaitStart_di" bpmnElement="awaitStart"><dc:Bounds x="950" y="402" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="resubmitted_di" bpmnElement="resubmitted"><dc:Bounds x="1022" y="402" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNShape id="awaitEnd_di" bpmnElement="awaitEnd"><dc:Bounds x="1094" y="402" width="36" height="36" /></bpmndi:BPMNShape>\n    <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="58" y="240" /><di:waypoint x="170" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="170" y="240" /><di:waypoint x="310" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="310" y="240" /><di:waypoint x="450" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="450" y="240" /><di:waypoint x="575" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="toAccept_di" bpmnElement="toAccept"><di:waypoint x="575" y="240" /><di:waypoint x="700" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="toCorrect_di" bpmnElement="toCorrect"><di:waypoint x="575" y="240" /><di:waypoint x="700" y="420" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="toRefuse_di" bpmnElement="toRefuse"><di:waypoint x="575" y="240" /><di:waypoint x="700" y="740" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f5_di" bpmnElement="f5"><di:waypoint x="700" y="240" /><di:waypoint x="840" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f6_di" bpmnElement="f6"><di:waypoint x="840" y="240" /><di:waypoint x="980" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f7_di" bpmnElement="f7"><di:waypoint x="980" y="240" /><di:waypoint x="1130" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f8_di" bpmnElement="f8"><di:waypoint x="960" y="200" /><di:waypoint x="910" y="100" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f9_di" bpmnElement="f9"><di:waypoint x="910" y="100" /><di:waypoint x="898" y="20" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f10_di" bpmnElement="f10"><di:waypoint x="1010" y="200" /><di:waypoint x="1060" y="100" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f11_di" bpmnElement="f11"><di:waypoint x="1060" y="100" /><di:waypoint x="1200" y="100" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f12_di" bpmnElement="f12"><di:waypoint x="1200" y="100" /><di:waypoint x="1308" y="100" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f13_di" bpmnElement="f13"><di:waypoint x="1130" y="240" /><di:waypoint x="1270" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f14_di" bpmnElement="f14"><di:waypoint x="1270" y="240" /><di:waypoint x="1395" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="isCity_di" bpmnElement="isCity"><di:waypoint x="1395" y="240" /><di:waypoint x="1510" y="160" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="notCity_di" bpmnElement="notCity"><di:waypoint x="1395" y="240" /><di:waypoint x="1638" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f15_di" bpmnElement="f15"><di:waypoint x="1510" y="160" /><di:waypoint x="1638" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f16_di" bpmnElement="f16"><di:waypoint x="700" y="420" /><di:waypoint x="840" y="420" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f17_di" bpmnElement="f17"><di:waypoint x="840" y="420" /><di:waypoint x="1040" y="420" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f18_di" bpmnElement="f18"><di:waypoint x="1040" y="420" /><di:waypoint x="1260" y="420" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f19_di" bpmnElement="f19"><di:waypoint x="1260" y="420" /><di:waypoint x="450" y="240" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f20_di" bpmnElement="f20"><di:waypoint x="980" y="480" /><di:waypoint x="980" y="580" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f21_di" bpmnElement="f21"><di:waypoint x="980" y="580" /><di:waypoint x="980" y="690" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f22_di" bpmnElement="f22"><di:waypoint x="1100" y="480" /><di:waypoint x="1120" y="580" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f23_di" bpmnElement="f23"><di:waypoint x="1120" y="580" /><di:waypoint x="1260" y="580" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f24_di" bpmnElement="f24"><di:waypoint x="1260" y="580" /><di:waypoint x="1378" y="580" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f25_di" bpmnElement="f25"><di:waypoint x="700" y="740" /><di:waypoint x="840" y="740" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f26_di" bpmnElement="f26"><di:waypoint x="840" y="740" /><di:waypoint x="958" y="740" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f27_di" bpmnElement="f27"><di:waypoint x="430" y="182" /><di:waypoint x="350" y="140" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f28_di" bpmnElement="f28"><di:waypoint x="350" y="60" /><di:waypoint x="350" y="38" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f29_di" bpmnElement="f29"><di:waypoint x="480" y="182" /><di:waypoint x="500" y="140" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f30_di" bpmnElement="f30"><di:waypoint x="550" y="100" /><di:waypoint x="590" y="100" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="f31_di" bpmnElement="f31"><di:waypoint x="690" y="100" /><di:waypoint x="732" y="100" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="awaitF1_di" bpmnElement="awaitF1"><di:waypoint x="968" y="420" /><di:waypoint x="1040" y="420" /></bpmndi:BPMNEdge>\n    <bpmndi:BPMNEdge id="awaitF2_di" bpmnElement="awaitF2"><di:waypoint x="1040" y="420" /><di:waypoint x="1112" y="420" /></bpmndi:BPMNEdge>\n  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>\n</bpmn:definitions>\n	c45223fecd76b597485925e30d645d842992a90a44cea6cf943111bc6826b70e	638765604000000000	system
a222c9c4-b9fb-439a-a8f1-17c138fe5be8	filing-lifecycle	1	备案存续（续期、到期、存续期与年度总结）	<?xml version="1.0" encoding="UTF-8"?>\n<!--\n  备案存续 — a filing's life once filed, started by filing.complete with business key = filing id and the\n  variables filingId, institutionId, institution_name, institution_email, institution_code, filed_on,\n  valid_from, valid_until, renewal_opens_on, grace_until ('YYYY-MM-DD').\n  Two branches: renewal / expiry / grace (004 §二, §四, §五) and the yearly summaries (003 §四(二)).\n  Reminders before expiry: 60, 30 and 7 days before valid_until, i.e. one a month in the 90-day window and a\n  last one the week before (004 §二 asks the centre to handle renewals in that window; DOMAIN.md 6: institutions\n  are reminded as expiry approaches). Grace reminder: 15 days before grace_until.\n  Notices to the centre go to the address on the send tasks (ew:to), which an admin sets here.\n-->\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"\n                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"\n                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"\n                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"\n                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n                  xmlns:ew="http://evalworkflows.org/schema/bpmn"\n                  id="defs_filing-lifecycle" targetNamespace="http://evalworkflows.org/workflows">\n  <bpmn:message id="m_renewal_applied" name="renewal-applied" />\n  <bpmn:process id="filing-lifecycle" name="备案存续（续期、到期、存续期与年度总结）" isExecutable="true">\n    <bpmn:startEvent id="filed" name="已备案" />\n    <bpmn:sequenceFlow id="f_fork" sourceRef="filed" targetRef="fork" />\n    <bpmn:parallelGateway id="fork" name="续期线与年度总结线" />\n    <bpmn:sequenceFlow id="f_toWindow" sourceRef="fork" targetRef="untilWindow" />\n    <bpmn:sequenceFlow id="f_toYear" sourceRef="fork" targetRef="nextReportYear" />\n\n    <!-- Renewal, expiry and grace -->\n    <bpmn:intermediateCatchEvent id="untilWindow" name="续期申请期开始（有效期届满前90日）" ew:basis="004 §二">\n      <bpmn:timerEventDefinition><bpmn:timeDate>renewal_opens_on</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>\n    <bpmn:sequenceFlow id="f_windowNotice" sourceRef="untilWindow" targetRef="noticeWindowOpen" />\n    <bpmn:sendTask id="noticeWindowOpen" name="通知：续期申请期开始，暂停职业（工种）新增变更" ew:type="notice"\n                   ew:template="lifecycle-renewal-window-open" ew:to="institution_email" ew:basis="004 §二; 004 §五(一)" />\n    <bpmn:sequenceFlow id="f_await" sourceRef="noticeWindowOpen" targetRef="awaitApplication" />\n    <bpmn:subProcess id="awaitApplication" name="等待续期申请" ew:basis="004 §二">\n      <bpmn:startEvent id="awaitApplication_start" name="开始等待" />\n      <bpmn:sequenceFlow id="f_awaitMsg" sourceRef="awaitApplication_start" targetRef="applied" />\n      <bpmn:intermediateCatchEvent id="applied" name="收到续期申请">\n        <bpmn:messageEventDefinition messageRef="m_renewal_applied" />\n      </bpmn:intermediateCatchEvent>\n      <bpmn:sequenceFlow id="f_awaitEnd" sourceRef="applied" targetRef="awaitApplication_end" />\n      <bpmn:endEvent id="awaitApplication_end" name="已申请" />\n    </bpmn:subProcess>\n    <bpmn:boundaryEvent id="remind60" name="届满前60日提醒" attachedToRef="awaitApplication" cancelActivity="false">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(working_day_on_or_before(add_days_exact(valid_until, -60)), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:boundaryEvent id="remind30" name="届满前30日提醒" attachedToRef="awaitApplication" cancelActivity="false">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(working_day_on_or_before(add_days_exact(valid_until, -30)), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:boundaryEvent id="remind7" name="届满前7日提醒" attachedToRef="awaitApplication" cancelActivity="false">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(working_day_on_or_before(add_days_exact(valid_until, -7)), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:boundaryEvent id="expiredUnapplied" name="有效期届满未申请" attachedToRef="awaitApplication" ew:basis="004 §五(二)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>end_of_day(valid_until)</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_r60" sourceRef="remind60" targetRef="noticeExpiryReminder" />\n    <bpmn:sequenceFlow id="f_r30" sourceRef="remind30" targetRef="noticeExpiryReminder" />\n    <bpmn:sequenceFlow id="f_r7" sourceRef="remind7" targetRef="noticeExpiryReminder" />\n    <bpmn:sendTask id="noticeExpiryReminder" name="提醒：备案即将到期，请申请续期" ew:type="notice"\n                   ew:template="lifecycle-expiry-reminder" ew:to="institution_email" ew:basis="004 §二" />\n    <bpmn:sequenceFlow id="f_reminded" sourceRef="noticeExpiryReminder" targetRef="reminded" />\n    <bpmn:endEvent id="reminded" name="已提醒" />\n\n    <bpmn:sequenceFlow id="f_toEval" sourceRef="awaitApplication" targetRef="renewalInWindow" />\n    <bpmn:callActivity id="renewalInWindow" name="续期评估" calledElement="renewal-evaluation" ew:basis="004 §四">\n      <bpmn:extensionElements>\n        <ew:in source="filingId" target="filingId" /><ew:in source="institutionId" target="institutionId" />\n        <ew:in source="institution_name" target="institution_name" /><ew:in source="institution_email" target="institution_email" />\n        <ew:in source="institution_code" target="institution_code" /><ew:in source="renewalId" target="renewalId" />\n        <ew:in source="received_on" target="received_on" /><ew:in source="valid_from" target="valid_from" />\n        <ew:in source="valid_until" target="valid_until" />\n        <ew:out source="renewal_passed" target="renewal_passed" /><ew:out source="refusal_reasons" target="refusal_reasons" />\n        <ew:out source="decided_on" target="decided_on" />\n      </bpmn:extensionElements>\n    </bpmn:callActivity>\n    <bpmn:boundaryEvent id="expiredPending" name="评估中有效期届满" attachedToRef="renewalInWindow" cancelActivity="false" ew:basis="004 §五(二)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>end_of_day(valid_until)</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_pendingStop" sourceRef="expiredPending" targetRef="stopReportingPending" />\n    <bpmn:serviceTask id="stopReportingPending" name="终止数据上报（续期评估中）" ew:type="lifecycle.stop-reporting" ew:basis="004 §五(二)" />\n    <bpmn:sequenceFlow id="f_pendingNotice" sourceRef="stopReportingPending" targetRef="noticeExpiredPending" />\n    <bpmn:sendTask id="noticeExpiredPending" name="通知：备案已到期，续期评估中" ew:type="notice"\n                   ew:template="lifecycle-expired-renewal-pending" ew:to="institution_email" ew:basis="004 §五(二)" />\n    <bpmn:sequenceFlow id="f_pendingEnd" sourceRef="noticeExpiredPending" targetRef="pendingNoted" />\n    <bpmn:endEvent id="pendingNoted" name="已告知" />\n\n    <bpmn:sequenceFlow id="f_evalDecision" sourceRef="renewalInWindow" targetRef="passed" />\n    <bpmn:exclusiveGateway id="passed" name="续期评估是否合格？" default="f_refused" />\n    <bpmn:sequenceFlow id="f_passed" sourceRef="passed" targetRef="renew">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">renewal_passed == true</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:serviceTask id="renew" name="核发新的备案函，重新计算有效期" ew:type="lifecycle.renew" ew:basis="004 §四(三); 003 §四(一)">\n      <bpmn:extensionElements>\n        <ew:property name="validityYears" value="3" />\n        <ew:property name="renewalWindowDays" value="90" />\n        <ew:property name="graceDays" value="60" />\n      </bpmn:extensionElements>\n    </bpmn:serviceTask>\n    <bpmn:sequenceFlow id="f_renewedNotice" sourceRef="renew" targetRef="noticeRenewed" />\n    <bpmn:sendTask id="noticeRenewed" name="通知：续期合格，新的备案函" ew:type="notice"\n                   ew:template="lifecycle-renewed" ew:to="institution_email" ew:basis="004 §四(三)" />\n    <bpmn:sequenceFlow id="f_nextWindow" sourceRef="noticeRenewed" targetRef="untilWindow" />\n\n    <bpmn:sequenceFlow id="f_refused" sourceRef="passed" targetRef="noticeRefused" />\n    <bpmn:sendTask id="noticeRefused" name="通知：不予续期及理由" ew:type="notice"\n                   ew:template="lifecycle-renewal-refused" ew:to="institution_email" ew:basis="004 §三(二); 004 §四(二)" />\n    <bpmn:sequenceFlow id="f_refusedWait" sourceRef="noticeRefused" targetRef="untilExpiryRefused" />\n    <bpmn:intermediateCatchEvent id="untilExpiryRefused" name="有效期届满" ew:basis="004 §五(二)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>end_of_day(valid_until)</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>\n    <bpmn:sequenceFlow id="f_refusedEnd" sourceRef="untilExpiryRefused" targetRef="endRefused" />\n    <bpmn:serviceTask id="endRefused" name="终止备案（不予续期）" ew:type="lifecycle.end" ew:basis="004 §四(二); 000 §三.4">\n      <bpmn:extensionElements><ew:property name="note" value="续期评估不合格，备案有效期届满后终止" /></bpmn:extensionElements>\n    </bpmn:serviceTask>\n    <bpmn:sequenceFlow id="f_refusedEndNotice" sourceRef="endRefused" targetRef="noticeEnded" />\n\n    <bpmn:sequenceFlow id="f_expiredStop" sourceRef="expiredUnapplied" targetRef="stopReporting" />\n    <bpmn:serviceTask id="stopReporting" name="终止数据上报" ew:type="lifecycle.stop-reporting" ew:basis="004 §五(二)" />\n    <bpmn:sequenceFlow id="f_expiredNotice" sourceRef="stopReporting" targetRef="noticeExpired" />\n    <bpmn:sendTask id="noticeExpired" name="通知：备案已到期，进入60天存续期" ew:type="notice"\n                   ew:template="lifecycle-expired" ew:to="institution_email" ew:basis="004 §五(二)" />\n    <bpmn:sequenceFlow id="f_grace" sourceRef="noticeExpired" targetRef="awaitLateApplication" />\n    <bpmn:subProcess id="awaitLateApplication" name="存续期内等待续期申请" ew:basis="004 §五(二)">\n      <bpmn:startEvent id="awaitLate_start" name="存续期开始" />\n      <bpmn:sequenceFlow id="f_lateMsg" sourceRef="awaitLate_start" targetRef="appliedLate" />\n      <bpmn:intermediateCatchEvent id="appliedLate" name="存续期内收到续期申请">\n        <bpmn:messageEventDefinition messageRef="m_renewal_applied" />\n      </bpmn:intermediateCatchEvent>\n      <bpmn:sequenceFlow id="f_lateEnd" sourceRef="appliedLate" targetRef="awaitLate_end" />\n      <bpmn:endEvent id="awaitLate_end" name="已申请" />\n    </bpmn:subProcess>\n    <bpmn:boundaryEvent id="graceReminder" name="存续期届满前15日提醒" attachedToRef="awaitLateApplication" cancelActivity="false">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(working_day_on_or_before(add_days_exact(grace_until, -15)), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_graceReminder" sourceRef="graceReminder" targetRef="noticeGraceReminder" />\n    <bpmn:sendTask id="noticeGraceReminder" name="提醒：存续期即将届满" ew:type="notice"\n                   ew:template="lifecycle-grace-reminder" ew:to="institution_email" ew:basis="004 §五(二)" />\n    <bpmn:sequenceFlow id="f_graceReminded" sourceRef="noticeGraceReminder" targetRef="graceReminded" />\n    <bpmn:endEvent id="graceReminded" name="已提醒" />\n    <bpmn:boundaryEvent id="graceOver" name="存续期届满未申请" attachedToRef="awaitLateApplication" ew:basis="004 §五(二)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>end_of_day(grace_until)</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_abandon" sourceRef="graceOver" targetRef="endAbandoned" />\n    <bpmn:serviceTask id="endAbandoned" name="终止备案（视为放弃续期）" ew:type="lifecycle.end" ew:basis="004 §五(二); 000 §三.4">\n      <bpmn:extensionElements><ew:property name="note" value="存续期内未申请续期，视为自动放弃续期" /></bpmn:extensionElements>\n    </bpmn:serviceTask>\n    <bpmn:sequenceFlow id="f_abandonNotice" sourceRef="endAbandoned" targetRef="noticeEnded" />\n    <bpmn:sendTask id="noticeEnded" name="通知：备案终止并公开" ew:type="notice"\n                   ew:template="lifecycle-ended" ew:to="institution_email" ew:basis="004 §五(二); 000 §三.4" />\n    <bpmn:sequenceFlow id="f_ended" sourceRef="noticeEnded" targetRef="ended" />\n    <bpmn:endEvent id="ended" name="备案终止"><bpmn:terminateEventDefinition /></bpmn:endEvent>\n\n    <bpmn:sequenceFlow id="f_lateEval" sourceRef="awaitLateApplication" targetRef="renewalLate" />\n    <bpmn:callActivity id="renewalLate" name="续期评估（存续期内申请）" calledElement="renewal-evaluation" ew:basis="004 §五(二); 004 §四">\n      <bpmn:extensionElements>\n        <ew:in source="filingId" target="filingId" /><ew:in source="institutionId" target="institutionId" />\n        <ew:in source="institution_name" target="institution_name" /><ew:in source="institution_email" target="institution_email" />\n        <ew:in source="institution_code" target="institution_code" /><ew:in source="renewalId" target="renewalId" />\n        <ew:in source="received_on" target="received_on" /><ew:in source="valid_from" target="valid_from" />\n        <ew:in source="valid_until" target="valid_until" />\n        <ew:out source="renewal_passed" target="renewal_passed" /><ew:out source="refusal_reasons" target="refusal_reasons" />\n        <ew:out source="decided_on" target="decided_on" />\n      </bpmn:extensionElements>\n    </bpmn:callActivity>\n    <bpmn:sequenceFlow id="f_lateDecision" sourceRef="renewalLate" targetRef="passed" />\n\n    <!-- Yearly summaries: one annual-report per year, first for the year of filing -->\n    <bpmn:serviceTask id="nextReportYear" name="确定下一个总结年度" ew:type="lifecycle.next-report-year" ew:basis="003 §四(二)" />\n    <bpmn:sequenceFlow id="f_annual" sourceRef="nextReportYear" targetRef="annualReport" />\n    <bpmn:callActivity id="annualReport" name="报送上一年度工作总结（3月1日至10日）" calledElement="annual-report" ew:basis="003 §四(二)">\n      <bpmn:extensionElements>\n        <ew:in source="filingId" target="filingId" /><ew:in source="institutionId" target="institutionId" />\n        <ew:in source="institution_name" target="institution_name" /><ew:in source="institution_email" target="institution_email" />\n        <ew:in source="institution_code" target="institution_code" /><ew:in source="report_year" target="report_year" />\n      </bpmn:extensionElements>\n    </bpmn:callActivity>\n    <bpmn:sequenceFlow id="f_annualLoop" sourceRef="annualReport" targetRef="nextReportYear" />\n  </bpmn:process>\n  <bpmndi:BPMNDiagram id="diagram">\n    <bpmndi:BPMNPlane id="plane" bpmnElement="filing-lifecycle">\n      <bpmndi:BPMNShape id="filed_di" bpmnElement="filed"><dc:Bounds x="182" y="402" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="fork_di" bpmnElement="fork"><dc:Bounds x="345" y="395" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="untilWindow_di" bpmnElement="untilWindow"><dc:Bounds x="522" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeWindowOpen_di" bpmnElement="noticeWindowOpen"><dc:Bounds x="660" y="230" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitApplication_di" bpmnElement="awaitApplication" isExpanded="true"><dc:Bounds x="830" y="200" width="430" height="140" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitApplication_start_di" bpmnElement="awaitApplication_start"><dc:Bounds x="882" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="applied_di" bpmnElement="applied"><dc:Bounds x="1012" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitApplication_end_di" bpmnElement="awaitApplication_end"><dc:Bounds x="1142" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeExpiryReminder_di" bpmnElement="noticeExpiryReminder"><dc:Bounds x="1000" y="80" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="reminded_di" bpmnElement="reminded"><dc:Bounds x="1202" y="102" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="renewalInWindow_di" bpmnElement="renewalInWindow"><dc:Bounds x="1340" y="230" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="stopReportingPending_di" bpmnElement="stopReportingPending"><dc:Bounds x="1510" y="80" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeExpiredPending_di" bpmnElement="noticeExpiredPending"><dc:Bounds x="1680" y="80" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="pendingNoted_di" bpmnElement="pendingNoted"><dc:Bounds x="1882" y="102" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="passed_di" bpmnElement="passed"><dc:Bounds x="1535" y="245" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="renew_di" bpmnElement="renew"><dc:Bounds x="1680" y="230" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeRenewed_di" bpmnElement="noticeRenewed"><dc:Bounds x="1850" y="230" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeRefused_di" bpmnElement="noticeRefused"><dc:Bounds x="1680" y="380" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="untilExpiryRefused_di" bpmnElement="untilExpiryRefused"><dc:Bounds x="1882" y="402" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endRefused_di" bpmnElement="endRefused"><dc:Bounds x="2020" y="380" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="stopReporting_di" bpmnElement="stopReporting"><dc:Bounds x="830" y="530" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeExpired_di" bpmnElement="noticeExpired"><dc:Bounds x="1000" y="530" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitLateApplication_di" bpmnElement="awaitLateApplication" isExpanded="true"><dc:Bounds x="1170" y="500" width="430" height="140" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitLate_start_di" bpmnElement="awaitLate_start"><dc:Bounds x="1222" y="552" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="appliedLate_di" bpmnElement="appliedLate"><dc:Bounds x="1352" y="552" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="awaitLate_end_di" bpmnElement="awaitLate_end"><dc:Bounds x="1482" y="552" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeGraceReminder_di" bpmnElement="noticeGraceReminder"><dc:Bounds x="1340" y="680" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="graceReminded_di" bpmnElement="graceReminded"><dc:Bounds x="1542" y="702" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endAbandoned_di" bpmnElement="endAbandoned"><dc:Bounds x="1340" y="830" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeEnded_di" bpmnElement="noticeEnded"><dc:Bounds x="2190" y="530" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="ended_di" bpmnElement="ended"><dc:Bounds x="2392" y="552" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="renewalLate_di" bpmnElement="renewalLate"><dc:Bounds x="1680" y="530" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="nextReportYear_di" bpmnElement="nextReportYear"><dc:Bounds x="490" y="980" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="annualReport_di" bpmnElement="annualReport"><dc:Bounds x="660" y="980" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="remind60_di" bpmnElement="remind60"><dc:Bounds x="840" y="322" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="remind30_di" bpmnElement="remind30"><dc:Bounds x="884" y="322" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="remind7_di" bpmnElement="remind7"><dc:Bounds x="928" y="322" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="expiredUnapplied_di" bpmnElement="expiredUnapplied"><dc:Bounds x="972" y="322" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="expiredPending_di" bpmnElement="expiredPending"><dc:Bounds x="1350" y="292" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="graceReminder_di" bpmnElement="graceReminder"><dc:Bounds x="1180" y="622" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="graceOver_di" bpmnElement="graceOver"><dc:Bounds x="1224" y="622" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNEdge id="f_fork_di" bpmnElement="f_fork"><di:waypoint x="200" y="420" /><di:waypoint x="370" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_toWindow_di" bpmnElement="f_toWindow"><di:waypoint x="370" y="420" /><di:waypoint x="370" y="270" /><di:waypoint x="540" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_toYear_di" bpmnElement="f_toYear"><di:waypoint x="370" y="420" /><di:waypoint x="370" y="1020" /><di:waypoint x="540" y="1020" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_windowNotice_di" bpmnElement="f_windowNotice"><di:waypoint x="540" y="270" /><di:waypoint x="710" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_await_di" bpmnElement="f_await"><di:waypoint x="710" y="270" /><di:waypoint x="1045" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_awaitMsg_di" bpmnElement="f_awaitMsg"><di:waypoint x="900" y="270" /><di:waypoint x="1030" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_awaitEnd_di" bpmnElement="f_awaitEnd"><di:waypoint x="1030" y="270" /><di:waypoint x="1160" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_r60_di" bpmnElement="f_r60"><di:waypoint x="858" y="340" /><di:waypoint x="858" y="120" /><di:waypoint x="1050" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_r30_di" bpmnElement="f_r30"><di:waypoint x="902" y="340" /><di:waypoint x="902" y="120" /><di:waypoint x="1050" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_r7_di" bpmnElement="f_r7"><di:waypoint x="946" y="340" /><di:waypoint x="946" y="120" /><di:waypoint x="1050" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_reminded_di" bpmnElement="f_reminded"><di:waypoint x="1050" y="120" /><di:waypoint x="1220" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_toEval_di" bpmnElement="f_toEval"><di:waypoint x="1045" y="270" /><di:waypoint x="1390" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_pendingStop_di" bpmnElement="f_pendingStop"><di:waypoint x="1368" y="310" /><di:waypoint x="1368" y="120" /><di:waypoint x="1560" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_pendingNotice_di" bpmnElement="f_pendingNotice"><di:waypoint x="1560" y="120" /><di:waypoint x="1730" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_pendingEnd_di" bpmnElement="f_pendingEnd"><di:waypoint x="1730" y="120" /><di:waypoint x="1900" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_evalDecision_di" bpmnElement="f_evalDecision"><di:waypoint x="1390" y="270" /><di:waypoint x="1560" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_passed_di" bpmnElement="f_passed"><di:waypoint x="1560" y="270" /><di:waypoint x="1730" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_renewedNotice_di" bpmnElement="f_renewedNotice"><di:waypoint x="1730" y="270" /><di:waypoint x="1900" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_nextWindow_di" bpmnElement="f_nextWindow"><di:waypoint x="1900" y="270" /><di:waypoint x="540" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_refused_di" bpmnElement="f_refused"><di:waypoint x="1560" y="270" /><di:waypoint x="1560" y="420" /><di:waypoint x="1730" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_refusedWait_di" bpmnElement="f_refusedWait"><di:waypoint x="1730" y="420" /><di:waypoint x="1900" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_refusedEnd_di" bpmnElement="f_refusedEnd"><di:waypoint x="1900" y="420" /><di:waypoint x="2070" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_refusedEndNotice_di" bpmnElement="f_refusedEndNotice"><di:waypoint x="2070" y="420" /><di:waypoint x="2070" y="570" /><di:waypoint x="2240" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_expiredStop_di" bpmnElement="f_expiredStop"><di:waypoint x="990" y="340" /><di:waypoint x="990" y="570" /><di:waypoint x="880" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_expiredNotice_di" bpmnElement="f_expiredNotice"><di:waypoint x="880" y="570" /><di:waypoint x="1050" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_grace_di" bpmnElement="f_grace"><di:waypoint x="1050" y="570" /><di:waypoint x="1385" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_lateMsg_di" bpmnElement="f_lateMsg"><di:waypoint x="1240" y="570" /><di:waypoint x="1370" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_lateEnd_di" bpmnElement="f_lateEnd"><di:waypoint x="1370" y="570" /><di:waypoint x="1500" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_graceReminder_di" bpmnElement="f_graceReminder"><di:waypoint x="1198" y="640" /><di:waypoint x="1198" y="720" /><di:waypoint x="1390" y="720" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_graceReminded_di" bpmnElement="f_graceReminded"><di:waypoint x="1390" y="720" /><di:waypoint x="1560" y="720" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_abandon_di" bpmnElement="f_abandon"><di:waypoint x="1242" y="640" /><di:waypoint x="1242" y="870" /><di:waypoint x="1390" y="870" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_abandonNotice_di" bpmnElement="f_abandonNotice"><di:waypoint x="1390" y="870" /><di:waypoint x="1390" y="570" /><di:waypoint x="2240" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_ended_di" bpmnElement="f_ended"><di:waypoint x="2240" y="570" /><di:waypoint x="2410" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_lateEval_di" bpmnElement="f_lateEval"><di:waypoint x="1385" y="570" /><di:waypoint x="1730" y="570" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_lateDecision_di" bpmnElement="f_lateDecision"><di:waypoint x="1730" y="570" /><di:waypoint x="1730" y="270" /><di:waypoint x="1560" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_annual_di" bpmnElement="f_annual"><di:waypoint x="540" y="1020" /><di:waypoint x="710" y="1020" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_annualLoop_di" bpmnElement="f_annualLoop"><di:waypoint x="710" y="1020" /><di:waypoint x="540" y="1020" /></bpmndi:BPMNEdge>\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n	1d273e1e0401dbae7b750d660e3bb679ab24f82657ce9346925357199f4ce27b	638765604000000000	system
0ade3516-39b8-48cf-a64a-33b2a01b8834	plan-announcement	1	考核计划报送提醒	<?xml version="1.0" encoding="UTF-8"?>\n<!--\n  考核计划报送提醒 — an institution announced an exam before its plan is ready (POST /api/plans/announcements).\n  submission_deadline is the last day a plan for exam_start is on time (002 §四(一), computed by\n  Plans/PlanSubmissionDeadline): a rest day when the exam is on one (exam Sun 2025-03-23 → deadline Sun 2025-03-16).\n  Reminders go 2 working days before and on the deadline; a notice says it passed at the end of that day.\n  The reminders stop when a plan for that filing and exam date arrives: message plan-submitted, correlated on the\n  business key "{filingId}/{examStart}" (POST /api/plans sends it).\n-->\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"\n                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"\n                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"\n                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"\n                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n                  xmlns:ew="http://evalworkflows.org/schema/bpmn"\n                  id="defs_plan-announcement" targetNamespace="http://evalworkflows.org/workflows">\n  <bpmn:message id="m_plan_submitted" name="plan-submitted" />\n  <bpmn:process id="plan-announcement" name="考核计划报送提醒" isExecutable="true">\n    <bpmn:startEvent id="announced" name="机构预告考核日期" />\n    <bpmn:sequenceFlow id="f_waiting" sourceRef="announced" targetRef="waiting" />\n    <bpmn:subProcess id="waiting" name="等待报送考核计划" ew:basis="002 §四(一)">\n      <bpmn:startEvent id="waitStart" name="开始等待" />\n      <bpmn:sequenceFlow id="f_first" sourceRef="waitStart" targetRef="firstReminderDue" />\n      <bpmn:intermediateCatchEvent id="firstReminderDue" name="截止前2个工作日" ew:basis="002 §四(一)" ew:dueFrom="submission_deadline" ew:workingDays="-2" ew:at="09:00">\n        <bpmn:timerEventDefinition />\n      </bpmn:intermediateCatchEvent>\n      <bpmn:sequenceFlow id="f_noticeFirst" sourceRef="firstReminderDue" targetRef="noticeFirst" />\n      <bpmn:sendTask id="noticeFirst" name="提醒机构报送计划" ew:type="notice" ew:template="plan-announcement-reminder" ew:to="institution_email" ew:basis="002 §四(一)" />\n      <bpmn:sequenceFlow id="f_last" sourceRef="noticeFirst" targetRef="lastReminderDue" />\n      <bpmn:intermediateCatchEvent id="lastReminderDue" name="截止当日" ew:basis="002 §四(一)">\n        <bpmn:timerEventDefinition><bpmn:timeDate>at(working_day_on_or_before(submission_deadline), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n      </bpmn:intermediateCatchEvent>\n      <bpmn:sequenceFlow id="f_noticeLast" sourceRef="lastReminderDue" targetRef="noticeLast" />\n      <bpmn:sendTask id="noticeLast" name="截止当日提醒机构" ew:type="notice" ew:template="plan-announcement-reminder" ew:to="institution_email" ew:basis="002 §四(一)" />\n      <bpmn:sequenceFlow id="f_passed" sourceRef="noticeLast" targetRef="deadlinePassed" />\n      <bpmn:intermediateCatchEvent id="deadlinePassed" name="报送期限届满" ew:basis="002 §四(一)">\n        <bpmn:timerEventDefinition><bpmn:timeDate>end_of_day(submission_deadline)</bpmn:timeDate></bpmn:timerEventDefinition>\n      </bpmn:intermediateCatchEvent>\n      <bpmn:sequenceFlow id="f_noticeOverdue" sourceRef="deadlinePassed" targetRef="noticeOverdue" />\n      <bpmn:sendTask id="noticeOverdue" name="通知机构：已错过报送期限" ew:type="notice" ew:template="plan-announcement-overdue" ew:to="institution_email" ew:basis="002 §四(一)" />\n      <bpmn:sequenceFlow id="f_waitEnd" sourceRef="noticeOverdue" targetRef="waitEnd" />\n      <bpmn:endEvent id="waitEnd" name="期限已过" />\n    </bpmn:subProcess>\n    <bpmn:boundaryEvent id="planArrived" name="计划已报送" attachedToRef="waiting">\n      <bpmn:messageEventDefinition messageRef="m_plan_submitted" />\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_endSubmitted" sourceRef="planArrived" targetRef="endSubmitted" />\n    <bpmn:endEvent id="endSubmitted" name="提醒结束：计划已报送" />\n    <bpmn:sequenceFlow id="f_endNotSubmitted" sourceRef="waiting" targetRef="endNotSubmitted" />\n    <bpmn:endEvent id="endNotSubmitted" name="提醒结束：未按期报送" />\n  </bpmn:process>\n  <bpmndi:BPMNDiagram id="diagram_plan-announcement">\n    <bpmndi:BPMNPlane id="plane_plan-announcement" bpmnElement="plan-announcement">\n      <bpmndi:BPMNShape id="announced_di" bpmnElement="announced"><dc:Bounds x="92" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="waiting_di" bpmnElement="waiting" isExpanded="true"><dc:Bounds x="220" y="151" width="1260" height="200" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="waitStart_di" bpmnElement="waitStart"><dc:Bounds x="284" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="firstReminderDue_di" bpmnElement="firstReminderDue"><dc:Bounds x="412" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeFirst_di" bpmnElement="noticeFirst"><dc:Bounds x="540" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="lastReminderDue_di" bpmnElement="lastReminderDue"><dc:Bounds x="732" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeLast_di" bpmnElement="noticeLast"><dc:Bounds x="860" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="deadlinePassed_di" bpmnElement="deadlinePassed"><dc:Bounds x="1052" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeOverdue_di" bpmnElement="noticeOverdue"><dc:Bounds x="1180" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="waitEnd_di" bpmnElement="waitEnd"><dc:Bounds x="1372" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="planArrived_di" bpmnElement="planArrived"><dc:Bounds x="230" y="333" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endSubmitted_di" bpmnElement="endSubmitted"><dc:Bounds x="412" y="472" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endNotSubmitted_di" bpmnElement="endNotSubmitted"><dc:Bounds x="1612" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNEdge id="f_waiting_di" bpmnElement="f_waiting"><di:waypoint x="128" y="230" /><di:waypoint x="174" y="230" /><di:waypoint x="174" y="251" /><di:waypoint x="220" y="251" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_first_di" bpmnElement="f_first"><di:waypoint x="320" y="230" /><di:waypoint x="412" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeFirst_di" bpmnElement="f_noticeFirst"><di:waypoint x="448" y="230" /><di:waypoint x="540" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_last_di" bpmnElement="f_last"><di:waypoint x="640" y="230" /><di:waypoint x="732" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeLast_di" bpmnElement="f_noticeLast"><di:waypoint x="768" y="230" /><di:waypoint x="860" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_passed_di" bpmnElement="f_passed"><di:waypoint x="960" y="230" /><di:waypoint x="1052" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeOverdue_di" bpmnElement="f_noticeOverdue"><di:waypoint x="1088" y="230" /><di:waypoint x="1180" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_waitEnd_di" bpmnElement="f_waitEnd"><di:waypoint x="1280" y="230" /><di:waypoint x="1372" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_endSubmitted_di" bpmnElement="f_endSubmitted"><di:waypoint x="248" y="369" /><di:waypoint x="248" y="490" /><di:waypoint x="412" y="490" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_endNotSubmitted_di" bpmnElement="f_endNotSubmitted"><di:waypoint x="1480" y="251" /><di:waypoint x="1546" y="251" /><di:waypoint x="1546" y="230" /><di:waypoint x="1612" y="230" /></bpmndi:BPMNEdge>\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n	517c85493576cf01ab5f0207bbd392504f52f64f8dcd73f898bdc451cd75a47e	638765604000000000	system
f14834d1-890b-4b2c-aaec-1a62bc1b840a	plan-submission	1	考核计划报送	<?xml version="1.0" encoding="UTF-8"?>\n<!--\n  考核计划报送 — an assessment plan from its submission to its results: the clerk reviews it (002 §四(一)), assigns a\n  quality supervisor (001 art. 17), the institution is told the plan is filed; after the exam the supervisor reports\n  (supervision-report), and a valid batch publishes its results (result-publicity). Business key = plan id.\n  Started by POST /api/plans once the plan passed the rules of Plans/PlanRules.cs and PlanSubmissionDeadline.cs.\n  The review and the supervisor's assignment are due by the end of the working day before the exam: the plan is filed\n  5 working days ahead so the centre can review it (002 §四(一)), and the supervisor oversees the whole exam\n  (001 art. 17 全过程督导). The clerks' mailbox (centre_email) is reminded at 09:00 the working day before that, and\n  the head of the office (centre_supervisor_email) is told when it passes.\n-->\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"\n                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"\n                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"\n                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"\n                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n                  xmlns:ew="http://evalworkflows.org/schema/bpmn"\n                  id="defs_plan-submission" targetNamespace="http://evalworkflows.org/workflows">\n  <bpmn:message id="m_results_published" name="results-published" />\n  <bpmn:process id="plan-submission" name="考核计划报送" isExecutable="true">\n    <bpmn:startEvent id="submitted" name="考核计划已报送" />\n    <bpmn:sequenceFlow id="f_review" sourceRef="submitted" targetRef="review" />\n    <bpmn:userTask id="review" name="审核考核计划" ew:candidateRole="clerk" ew:formKey="plan-review" ew:outcomes="approve,return" ew:dueDate="end_of_day(add_working_days(exam_start, -1))" ew:fields="reason" ew:basis="002 §四(一)" />\n    <bpmn:boundaryEvent id="reviewRemind" name="到期前一个工作日提醒" attachedToRef="review" cancelActivity="false" ew:basis="002 §四(一)；001 art. 17">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(add_working_days(task_due_on, -1), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_reviewReminder" sourceRef="reviewRemind" targetRef="reviewReminder" />\n    <bpmn:sendTask id="reviewReminder" name="提醒经办人：审核考核计划" ew:type="notice" ew:template="plan-review-reminder" ew:to="centre_email" ew:basis="002 §四(一)；001 art. 17" />\n    <bpmn:sequenceFlow id="f_reviewReminded" sourceRef="reviewReminder" targetRef="reviewReminded" />\n    <bpmn:endEvent id="reviewReminded" name="已提醒" />\n    <bpmn:boundaryEvent id="reviewLate" name="考核前未办结" attachedToRef="review" cancelActivity="false" ew:basis="002 §四(一)；001 art. 17">\n      <bpmn:timerEventDefinition><bpmn:timeDate>task_due</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_reviewEscalation" sourceRef="reviewLate" targetRef="reviewEscalation" />\n    <bpmn:sendTask id="reviewEscalation" name="逾期报告督办：审核考核计划" ew:type="notice" ew:template="plan-review-overdue" ew:to="centre_supervisor_email" ew:cc="centre_email" ew:basis="002 §四(一)；001 art. 17" />\n    <bpmn:sequenceFlow id="f_reviewEscalated" sourceRef="reviewEscalation" targetRef="reviewEscalated" />\n    <bpmn:endEvent id="reviewEscalated" name="已报告督办" />\n    <bpmn:sequenceFlow id="f_reviewed" sourceRef="review" targetRef="reviewed" />\n    <bpmn:exclusiveGateway id="reviewed" name="审核结果？" default="f_approved" />\n    <bpmn:sequenceFlow id="f_returned" name="退回" sourceRef="reviewed" targetRef="markReturned">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">outcome == "return"</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:serviceTask id="markReturned" name="计划退回" ew:type="plan.set-status" ew:status="Refused" ew:basis="002 §四(一)" />\n    <bpmn:sequenceFlow id="f_noticeReturned" sourceRef="markReturned" targetRef="noticeReturned" />\n    <bpmn:sendTask id="noticeReturned" name="通知机构：计划退回" ew:type="notice" ew:template="plan-returned" ew:to="institution_email" ew:basis="002 §四(一)" />\n    <bpmn:sequenceFlow id="f_endReturned" sourceRef="noticeReturned" targetRef="endReturned" />\n    <bpmn:endEvent id="endReturned" name="计划已退回" />\n    <bpmn:sequenceFlow id="f_approved" name="通过" sourceRef="reviewed" targetRef="assignSupervisor" />\n    <bpmn:userTask id="assignSupervisor" name="委派质量督导员" ew:candidateRole="clerk" ew:formKey="plan-supervisor" ew:dueDate="end_of_day(add_working_days(exam_start, -1))" ew:fields="supervisor" ew:basis="001 art. 17" />\n    <bpmn:boundaryEvent id="assignSupervisorRemind" name="到期前一个工作日提醒" attachedToRef="assignSupervisor" cancelActivity="false" ew:basis="002 §四(一)；001 art. 17">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(add_working_days(task_due_on, -1), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_assignSupervisorReminder" sourceRef="assignSupervisorRemind" targetRef="assignSupervisorReminder" />\n    <bpmn:sendTask id="assignSupervisorReminder" name="提醒经办人：委派质量督导员" ew:type="notice" ew:template="plan-review-reminder" ew:to="centre_email" ew:basis="002 §四(一)；001 art. 17" />\n    <bpmn:sequenceFlow id="f_assignSupervisorReminded" sourceRef="assignSupervisorReminder" targetRef="assignSupervisorReminded" />\n    <bpmn:endEvent id="assignSupervisorReminded" name="已提醒" />\n    <bpmn:boundaryEvent id="assignSupervisorLate" name="考核前未办结" attachedToRef="assignSupervisor" cancelActivity="false" ew:basis="002 §四(一)；001 art. 17">\n      <bpmn:timerEventDefinition><bpmn:timeDate>task_due</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_assignSupervisorEscalation" sourceRef="assignSupervisorLate" targetRef="assignSupervisorEscalation" />\n    <bpmn:sendTask id="assignSupervisorEscalation" name="逾期报告督办：委派质量督导员" ew:type="notice" ew:template="plan-review-overdue" ew:to="centre_supervisor_email" ew:cc="centre_email" ew:basis="002 §四(一)；001 art. 17" />\n    <bpmn:sequenceFlow id="f_assignSupervisorEscalated" sourceRef="assignSupervisorEscalation" targetRef="assignSupervisorEscalated" />\n    <bpmn:endEvent id="assignSupervisorEscalated" name="已报告督办" />\n    <bpmn:sequenceFlow id="f_recordSupervisor" sourceRef="assignSupervisor" targetRef="recordSupervisor" />\n    <bpmn:serviceTask id="recordSupervisor" name="登记质量督导员" ew:type="plan.assign-supervisor" ew:basis="001 art. 17" />\n    <bpmn:sequenceFlow id="f_noticeFiled" sourceRef="recordSupervisor" targetRef="noticeFiled" />\n    <bpmn:sendTask id="noticeFiled" name="通知机构：计划已备案" ew:type="notice" ew:template="plan-filed" ew:to="institution_email" ew:basis="002 §四(一)" />\n    <bpmn:sequenceFlow id="f_examEnded" sourceRef="noticeFiled" targetRef="examEnded" />\n    <bpmn:intermediateCatchEvent id="examEnded" name="考核结束">\n      <bpmn:timerEventDefinition><bpmn:timeDate>end_of_day(exam_end)</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>\n    <bpmn:sequenceFlow id="f_supervision" sourceRef="examEnded" targetRef="supervision" />\n    <bpmn:callActivity id="supervision" name="质量督导报告" calledElement="supervision-report" ew:basis="001 art. 18">\n      <bpmn:extensionElements>\n        <ew:out source="recommendation" target="recommendation" />\n      </bpmn:extensionElements>\n    </bpmn:callActivity>\n    <bpmn:sequenceFlow id="f_batchValid" sourceRef="supervision" targetRef="batchValid" />\n    <bpmn:exclusiveGateway id="batchValid" name="批次有效？" default="f_notRecognised" />\n    <bpmn:sequenceFlow id="f_valid" name="有效" sourceRef="batchValid" targetRef="waitResults">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">recommendation == "valid"</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:sequenceFlow id="f_notRecognised" name="无效" sourceRef="batchValid" targetRef="endNotRecognised" />\n    <bpmn:endEvent id="endNotRecognised" name="成绩不予认定" ew:basis="001 art. 31" />\n    <bpmn:intermediateCatchEvent id="waitResults" name="机构公示结果">\n      <bpmn:messageEventDefinition messageRef="m_results_published" />\n    </bpmn:intermediateCatchEvent>\n    <bpmn:sequenceFlow id="f_publicity" sourceRef="waitResults" targetRef="publicity" />\n    <bpmn:callActivity id="publicity" name="结果公示" calledElement="result-publicity" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_end" sourceRef="publicity" targetRef="endCompleted" />\n    <bpmn:endEvent id="endCompleted" name="可颁发证书" />\n  </bpmn:process>\n  <bpmndi:BPMNDiagram id="diagram_plan-submission">\n    <bpmndi:BPMNPlane id="plane_plan-submission" bpmnElement="plan-submission">\n      <bpmndi:BPMNShape id="submitted_di" bpmnElement="submitted"><dc:Bounds x="92" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="220" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="reviewed_di" bpmnElement="reviewed"><dc:Bounds x="405" y="205" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="markReturned_di" bpmnElement="markReturned"><dc:Bounds x="540" y="60" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeReturned_di" bpmnElement="noticeReturned"><dc:Bounds x="700" y="60" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endReturned_di" bpmnElement="endReturned"><dc:Bounds x="892" y="82" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="assignSupervisor_di" bpmnElement="assignSupervisor"><dc:Bounds x="540" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="recordSupervisor_di" bpmnElement="recordSupervisor"><dc:Bounds x="700" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeFiled_di" bpmnElement="noticeFiled"><dc:Bounds x="860" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="examEnded_di" bpmnElement="examEnded"><dc:Bounds x="1052" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="supervision_di" bpmnElement="supervision"><dc:Bounds x="1180" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="batchValid_di" bpmnElement="batchValid"><dc:Bounds x="1365" y="205" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endNotRecognised_di" bpmnElement="endNotRecognised"><dc:Bounds x="1532" y="342" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="waitResults_di" bpmnElement="waitResults"><dc:Bounds x="1532" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="publicity_di" bpmnElement="publicity"><dc:Bounds x="1660" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endCompleted_di" bpmnElement="endCompleted"><dc:Bounds x="1852" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNEdge id="f_review_di" bpmnElement="f_review"><di:waypoint x="128" y="230" /><di:waypoint x="220" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_reviewed_di" bpmnElement="f_reviewed"><di:waypoint x="320" y="230" /><di:waypoint x="405" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_returned_di" bpmnElement="f_returned"><di:waypoint x="455" y="230" /><di:waypoint x="497" y="230" /><di:waypoint x="497" y="100" /><di:waypoint x="540" y="100" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeReturned_di" bpmnElement="f_noticeReturned"><di:waypoint x="640" y="100" /><di:waypoint x="700" y="100" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_endReturned_di" bpmnElement="f_endReturned"><di:waypoint x="800" y="100" /><di:waypoint x="892" y="100" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_approved_di" bpmnElement="f_approved"><di:waypoint x="455" y="230" /><di:waypoint x="540" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_recordSupervisor_di" bpmnElement="f_recordSupervisor"><di:waypoint x="640" y="230" /><di:waypoint x="700" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeFiled_di" bpmnElement="f_noticeFiled"><di:waypoint x="800" y="230" /><di:waypoint x="860" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_examEnded_di" bpmnElement="f_examEnded"><di:waypoint x="960" y="230" /><di:waypoint x="1052" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_supervision_di" bpmnElement="f_supervision"><di:waypoint x="1088" y="230" /><di:waypoint x="1180" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_batchValid_di" bpmnElement="f_batchValid"><di:waypoint x="1280" y="230" /><di:waypoint x="1365" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_valid_di" bpmnElement="f_valid"><di:waypoint x="1415" y="230" /><di:waypoint x="1532" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_notRecognised_di" bpmnElement="f_notRecognised"><di:waypoint x="1415" y="230" /><di:waypoint x="1473" y="230" /><di:waypoint x="1473" y="360" /><di:waypoint x="1532" y="360" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_publicity_di" bpmnElement="f_publicity"><di:waypoint x="1568" y="230" /><di:waypoint x="1660" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_end_di" bpmnElement="f_end"><di:waypoint x="1760" y="230" /><di:waypoint x="1852" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNShape id="reviewRemind_di" bpmnElement="reviewRemind"><dc:Bounds x="232" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="reviewReminder_di" bpmnElement="reviewReminder"><dc:Bounds x="200" y="330" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="reviewReminded_di" bpmnElement="reviewReminded"><dc:Bounds x="232" y="452" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="reviewLate_di" bpmnElement="reviewLate"><dc:Bounds x="282" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="reviewEscalation_di" bpmnElement="reviewEscalation"><dc:Bounds x="310" y="330" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="reviewEscalated_di" bpmnElement="reviewEscalated"><dc:Bounds x="342" y="452" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNEdge id="f_reviewReminder_di" bpmnElement="f_reviewReminder"><di:waypoint x="250" y="288" /><di:waypoint x="250" y="330" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_reviewReminded_di" bpmnElement="f_reviewReminded"><di:waypoint x="250" y="410" /><di:waypoint x="250" y="452" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_reviewEscalation_di" bpmnElement="f_reviewEscalation"><di:waypoint x="300" y="288" /><di:waypoint x="360" y="330" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_reviewEscalated_di" bpmnElement="f_reviewEscalated"><di:waypoint x="360" y="410" /><di:waypoint x="360" y="452" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNShape id="assignSupervisorRemind_di" bpmnElement="assignSupervisorRemind"><dc:Bounds x="552" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="assignSupervisorReminder_di" bpmnElement="assignSupervisorReminder"><dc:Bounds x="520" y="330" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="assignSupervisorReminded_di" bpmnElement="assignSupervisorReminded"><dc:Bounds x="552" y="452" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="assignSupervisorLate_di" bpmnElement="assignSupervisorLate"><dc:Bounds x="602" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="assignSupervisorEscalation_di" bpmnElement="assignSupervisorEscalation"><dc:Bounds x="630" y="330" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="assignSupervisorEscalated_di" bpmnElement="assignSupervisorEscalated"><dc:Bounds x="662" y="452" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNEdge id="f_assignSupervisorReminder_di" bpmnElement="f_assignSupervisorReminder"><di:waypoint x="570" y="288" /><di:waypoint x="570" y="330" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_assignSupervisorReminded_di" bpmnElement="f_assignSupervisorReminded"><di:waypoint x="570" y="410" /><di:waypoint x="570" y="452" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_assignSupervisorEscalation_di" bpmnElement="f_assignSupervisorEscalation"><di:waypoint x="620" y="288" /><di:waypoint x="680" y="330" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_assignSupervisorEscalated_di" bpmnElement="f_assignSupervisorEscalated"><di:waypoint x="680" y="410" /><di:waypoint x="680" y="452" /></bpmndi:BPMNEdge>\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n	083170ca236ab802d9cab2e2b101bf95cbaa2c36b0f2968aaaf25004dabc300d	638765604000000000	system
b0078d1f-aed0-4fd7-a720-9d73b42317be	renewal-evaluation	1	备案续期评估（30个工作日）	<?xml version="1.0" encoding="UTF-8"?>\n<!--\n  续期评估 — called by filing-lifecycle once a renewal application is received (business key = filing id).\n  In: filingId, institutionId, institution_name, institution_email, institution_code, renewalId, received_on,\n  valid_from, valid_until. Out: renewal_passed, refusal_reasons, decided_on.\n  004 §四(二): the centre completes the evaluation within 30 working days of receiving the application; the\n  evaluator is reminded 3 working days before, and at the deadline the case is escalated to the centre with a\n  follow-up task. The evaluator's decision ends the evaluation (terminate end), closing any follow-up left open.\n  Completing the evaluation: outcome pass or fail, data field "reasons" (required in substance for a refusal).\n-->\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"\n                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"\n                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"\n                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"\n                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n                  xmlns:ew="http://evalworkflows.org/schema/bpmn"\n                  id="defs_renewal-evaluation" targetNamespace="http://evalworkflows.org/workflows">\n  <bpmn:process id="renewal-evaluation" name="备案续期评估（30个工作日）" isExecutable="true">\n    <bpmn:startEvent id="received" name="收到续期申请" />\n    <bpmn:sequenceFlow id="f_assess" sourceRef="received" targetRef="assess" />\n    <bpmn:serviceTask id="assess" name="核对续期条件" ew:type="renewal.assess" ew:basis="004 §三" />\n    <bpmn:sequenceFlow id="f_receivedNotice" sourceRef="assess" targetRef="noticeReceived" />\n    <bpmn:sendTask id="noticeReceived" name="通知：已收到续期申请" ew:type="notice"\n                   ew:template="renewal-received" ew:to="institution_email" ew:basis="004 §四(二)" />\n    <bpmn:sequenceFlow id="f_evaluate" sourceRef="noticeReceived" targetRef="evaluate" />\n    <bpmn:userTask id="evaluate" name="续期评估：{{ institution_name }}" ew:candidateRole="evaluator" ew:outcomes="pass,fail" ew:fields="reasons"\n                   ew:formKey="renewal-evaluation" ew:dueDate="end_of_day(add_working_days(received_on, 30))" ew:basis="004 §四(二)" />\n    <bpmn:boundaryEvent id="evaluationReminder" name="截止前3个工作日提醒" attachedToRef="evaluate" cancelActivity="false" ew:basis="004 §四(二)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(add_working_days(task_due_on, -3), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_reminder" sourceRef="evaluationReminder" targetRef="noticeEvaluationReminder" />\n    <bpmn:sendTask id="noticeEvaluationReminder" name="提醒：续期评估即将到期" ew:type="notice"\n                   ew:template="renewal-evaluation-reminder" ew:to="centre_email" ew:basis="004 §四(二)" />\n    <bpmn:sequenceFlow id="f_reminded" sourceRef="noticeEvaluationReminder" targetRef="reminded" />\n    <bpmn:endEvent id="reminded" name="已提醒" />\n    <bpmn:boundaryEvent id="evaluationOverdue" name="30个工作日届满" attachedToRef="evaluate" cancelActivity="false" ew:basis="004 §四(二)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>task_due</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_overdue" sourceRef="evaluationOverdue" targetRef="noticeOverdue" />\n    <bpmn:sendTask id="noticeOverdue" name="督办：续期评估逾期" ew:type="notice"\n                   ew:template="renewal-evaluation-overdue" ew:to="supervisor_email" ew:cc="centre_email" ew:basis="004 §四(二)" />\n    <bpmn:sequenceFlow id="f_followUp" sourceRef="noticeOverdue" targetRef="followUp" />\n    <bpmn:userTask id="followUp" name="督办逾期的续期评估：{{ institution_name }}" ew:candidateRole="admin" ew:outcomes="done" ew:fields=""\n                   ew:formKey="renewal-evaluation-follow-up" ew:basis="004 §四(二)" />\n    <bpmn:sequenceFlow id="f_followedUp" sourceRef="followUp" targetRef="followedUp" />\n    <bpmn:endEvent id="followedUp" name="已督办" />\n    <bpmn:sequenceFlow id="f_decide" sourceRef="evaluate" targetRef="decide" />\n    <bpmn:serviceTask id="decide" name="记录评估结论" ew:type="renewal.decide" ew:basis="004 §四(二)" />\n    <bpmn:sequenceFlow id="f_done" sourceRef="decide" targetRef="evaluated" />\n    <bpmn:endEvent id="evaluated" name="评估完成"><bpmn:terminateEventDefinition /></bpmn:endEvent>\n  </bpmn:process>\n  <bpmndi:BPMNDiagram id="diagram">\n    <bpmndi:BPMNPlane id="plane" bpmnElement="renewal-evaluation">\n      <bpmndi:BPMNShape id="received_di" bpmnElement="received"><dc:Bounds x="182" y="102" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="assess_di" bpmnElement="assess"><dc:Bounds x="320" y="80" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeReceived_di" bpmnElement="noticeReceived"><dc:Bounds x="490" y="80" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="evaluate_di" bpmnElement="evaluate"><dc:Bounds x="660" y="80" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeEvaluationReminder_di" bpmnElement="noticeEvaluationReminder"><dc:Bounds x="660" y="230" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="reminded_di" bpmnElement="reminded"><dc:Bounds x="862" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeOverdue_di" bpmnElement="noticeOverdue"><dc:Bounds x="660" y="380" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="followUp_di" bpmnElement="followUp"><dc:Bounds x="830" y="380" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="followedUp_di" bpmnElement="followedUp"><dc:Bounds x="1032" y="402" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="decide_di" bpmnElement="decide"><dc:Bounds x="830" y="80" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="evaluated_di" bpmnElement="evaluated"><dc:Bounds x="1032" y="102" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="evaluationReminder_di" bpmnElement="evaluationReminder"><dc:Bounds x="670" y="142" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="evaluationOverdue_di" bpmnElement="evaluationOverdue"><dc:Bounds x="714" y="142" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNEdge id="f_assess_di" bpmnElement="f_assess"><di:waypoint x="200" y="120" /><di:waypoint x="370" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_receivedNotice_di" bpmnElement="f_receivedNotice"><di:waypoint x="370" y="120" /><di:waypoint x="540" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_evaluate_di" bpmnElement="f_evaluate"><di:waypoint x="540" y="120" /><di:waypoint x="710" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_reminder_di" bpmnElement="f_reminder"><di:waypoint x="688" y="160" /><di:waypoint x="688" y="270" /><di:waypoint x="710" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_reminded_di" bpmnElement="f_reminded"><di:waypoint x="710" y="270" /><di:waypoint x="880" y="270" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_overdue_di" bpmnElement="f_overdue"><di:waypoint x="732" y="160" /><di:waypoint x="732" y="420" /><di:waypoint x="710" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_followUp_di" bpmnElement="f_followUp"><di:waypoint x="710" y="420" /><di:waypoint x="880" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_followedUp_di" bpmnElement="f_followedUp"><di:waypoint x="880" y="420" /><di:waypoint x="1050" y="420" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_decide_di" bpmnElement="f_decide"><di:waypoint x="710" y="120" /><di:waypoint x="880" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_done_di" bpmnElement="f_done"><di:waypoint x="880" y="120" /><di:waypoint x="1050" y="120" /></bpmndi:BPMNEdge>\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n	00f9f96fb9a782b103aa04d2249b5fabba391d3968875ec0a63d8cf11f386764	638765604000000000	system
9a7a817b-3552-46c4-b921-7913b5873460	result-publicity	1	结果公示	<?xml version="1.0" encoding="UTF-8"?>\n<!--\n  结果公示 — 002 §四(三)(四), 001 art. 23: results are published for no fewer than 5 working days. Objections\n  (POST /api/publicity/{planId}/objections, message objection-raised) are handled one at a time by a clerk; an upheld\n  one corrects the results and restarts publicity for 5 working days from the correction, a dismissed one lets the\n  period run on (its timer is re-armed with the unchanged end date). With no open objection at the end the\n  institution uploads the results (message results-uploaded), the city then the province review them, and a notice\n  says certificates may be issued. Called by plan-submission; business key = plan id.\n  Only results "经公示无异议的" (002 §四(三)) go on: when the period ends, any objection still open (one stored while\n  the clerk was deciding another) is routed to the clerk before the upload is asked for.\n  While the instance runs, the institution may answer an open objection (POST /api/publicity/{planId}/objections/\n  {objectionId}/answer, message objection-answered): a non-interrupting event sub-process takes the message, so the\n  answer stands in the history beside the main flow; the clerk reads it on the objection's task page.\n-->\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"\n                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"\n                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"\n                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"\n                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n                  xmlns:ew="http://evalworkflows.org/schema/bpmn"\n                  id="defs_result-publicity" targetNamespace="http://evalworkflows.org/workflows">\n  <bpmn:message id="m_objection" name="objection-raised" />\n  <bpmn:message id="m_uploaded" name="results-uploaded" />\n  <bpmn:message id="m_answered" name="objection-answered" />\n  <bpmn:process id="result-publicity" name="结果公示" isExecutable="true">\n    <bpmn:startEvent id="published" name="结果已公示" />\n    <bpmn:sequenceFlow id="f_open" sourceRef="published" targetRef="open" />\n    <bpmn:serviceTask id="open" name="登记公示期" ew:type="publicity.open" ew:endsOn="add_working_days(published_on, 5)" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_noticeOpened" sourceRef="open" targetRef="noticeOpened" />\n    <bpmn:sendTask id="noticeOpened" name="通知机构：公示开始" ew:type="notice" ew:template="publicity-opened" ew:to="institution_email" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_period" sourceRef="noticeOpened" targetRef="period" />\n    <bpmn:eventBasedGateway id="period" name="公示期内" />\n    <bpmn:sequenceFlow id="f_periodEnded" sourceRef="period" targetRef="periodEnded" />\n    <bpmn:intermediateCatchEvent id="periodEnded" name="公示期满" ew:basis="002 §四(三)">\n      <bpmn:timerEventDefinition><bpmn:timeDate>end_of_day(publicity_ends_on)</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>\n    <bpmn:sequenceFlow id="f_objectionRaised" sourceRef="period" targetRef="objectionRaised" />\n    <bpmn:intermediateCatchEvent id="objectionRaised" name="收到异议">\n      <bpmn:messageEventDefinition messageRef="m_objection" />\n    </bpmn:intermediateCatchEvent>\n    <bpmn:sequenceFlow id="f_handle" sourceRef="objectionRaised" targetRef="handleObjection" />\n    <bpmn:userTask id="handleObjection" name="处理公示异议：{{ objection_text }}" ew:candidateRole="clerk" ew:formKey="publicity-objection" ew:outcomes="uphold,dismiss" ew:fields="" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_decide" sourceRef="handleObjection" targetRef="decide" />\n    <bpmn:serviceTask id="decide" name="登记异议处理结果" ew:type="publicity.decide" ew:endsOn="add_working_days(corrected_on, 5)" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_decision" sourceRef="decide" targetRef="decision" />\n    <bpmn:exclusiveGateway id="decision" name="异议是否成立？" default="f_dismissed" />\n    <bpmn:sequenceFlow id="f_upheld" name="成立" sourceRef="decision" targetRef="noticeRestarted">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">outcome == "uphold"</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:sendTask id="noticeRestarted" name="通知机构：更正结果并重新公示" ew:type="notice" ew:template="publicity-restarted" ew:to="institution_email" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_moreAfterUphold" sourceRef="noticeRestarted" targetRef="more" />\n    <bpmn:sequenceFlow id="f_dismissed" name="不成立" sourceRef="decision" targetRef="noticeDismissed" />\n    <bpmn:sendTask id="noticeDismissed" name="通知机构：异议不成立" ew:type="notice" ew:template="publicity-objection-dismissed" ew:to="institution_email" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_moreAfterDismiss" sourceRef="noticeDismissed" targetRef="more" />\n    <bpmn:exclusiveGateway id="more" name="还有待处理的异议？" default="f_backToPeriod" />\n    <bpmn:sequenceFlow id="f_nextObjection" name="有" sourceRef="more" targetRef="handleObjection">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">open_objections > 0</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:sequenceFlow id="f_backToPeriod" name="无" sourceRef="more" targetRef="period" />\n    <bpmn:sequenceFlow id="f_countOpen" sourceRef="periodEnded" targetRef="countOpen" />\n    <bpmn:serviceTask id="countOpen" name="清点未处理的异议" ew:type="publicity.count-open" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_openAtEnd" sourceRef="countOpen" targetRef="openAtEnd" />\n    <bpmn:exclusiveGateway id="openAtEnd" name="公示期满时仍有异议？" default="f_noticeUpload" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_lateObjection" name="有" sourceRef="openAtEnd" targetRef="handleObjection">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">open_objections > 0</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:sequenceFlow id="f_noticeUpload" name="无" sourceRef="openAtEnd" targetRef="noticeUpload" />\n    <bpmn:sendTask id="noticeUpload" name="通知机构：公示期满，上传结果" ew:type="notice" ew:template="publicity-ended" ew:to="institution_email" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_waitUpload" sourceRef="noticeUpload" targetRef="waitUpload" />\n    <bpmn:intermediateCatchEvent id="waitUpload" name="机构上传结果">\n      <bpmn:messageEventDefinition messageRef="m_uploaded" />\n    </bpmn:intermediateCatchEvent>\n    <bpmn:sequenceFlow id="f_cityReview" sourceRef="waitUpload" targetRef="cityReview" />\n    <bpmn:userTask id="cityReview" name="市鉴定中心审核结果" ew:candidateRole="clerk" ew:formKey="results-review" ew:outcomes="approve,return" ew:fields="reason" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_cityDecision" sourceRef="cityReview" targetRef="cityDecision" />\n    <bpmn:exclusiveGateway id="cityDecision" name="市审核通过？" default="f_cityApproved" />\n    <bpmn:sequenceFlow id="f_cityReturned" name="退回" sourceRef="cityDecision" targetRef="noticeReviewReturned">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">outcome == "return"</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:sequenceFlow id="f_cityApproved" name="通过" sourceRef="cityDecision" targetRef="provinceReview" />\n    <bpmn:userTask id="provinceReview" name="省鉴定中心审核结果" ew:candidateRole="clerk" ew:formKey="results-review" ew:outcomes="approve,return" ew:fields="reason" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_provinceDecision" sourceRef="provinceReview" targetRef="provinceDecision" />\n    <bpmn:exclusiveGateway id="provinceDecision" name="省审核通过？" default="f_provinceApproved" />\n    <bpmn:sequenceFlow id="f_provinceReturned" name="退回" sourceRef="provinceDecision" targetRef="noticeReviewReturned">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">outcome == "return"</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:sendTask id="noticeReviewReturned" name="通知机构：结果审核退回" ew:type="notice" ew:template="publicity-review-returned" ew:to="institution_email" ew:basis="001 art. 23" />\n    <bpmn:sequenceFlow id="f_uploadAgain" sourceRef="noticeReviewReturned" targetRef="waitUpload" />\n    <bpmn:sequenceFlow id="f_provinceApproved" name="通过" sourceRef="provinceDecision" targetRef="complete" />\n    <bpmn:serviceTask id="complete" name="成绩认定" ew:type="plan.set-status" ew:status="Completed" ew:basis="001 art. 23" />\n    <bpmn:sequenceFlow id="f_noticeCertificates" sourceRef="complete" targetRef="noticeCertificates" />\n    <bpmn:sendTask id="noticeCertificates" name="通知机构：可颁发证书" ew:type="notice" ew:template="publicity-certificates" ew:to="institution_email" ew:basis="002 §四(三)(四)" />\n    <bpmn:sequenceFlow id="f_end" sourceRef="noticeCertificates" targetRef="certified" />\n    <bpmn:endEvent id="certified" name="可颁发证书" />\n    <bpmn:subProcess id="answer" name="机构答复异议" triggeredByEvent="true">\n      <bpmn:startEvent id="answered" name="收到机构答复" isInterrupting="false" ew:basis="002 §四(三)">\n        <bpmn:messageEventDefinition messageRef="m_answered" />\n      </bpmn:startEvent>\n      <bpmn:sequenceFlow id="f_answerRecorded" sourceRef="answered" targetRef="answerRecorded" />\n      <bpmn:endEvent id="answerRecorded" name="答复已登记" />\n    </bpmn:subProcess>\n  </bpmn:process>\n  <bpmndi:BPMNDiagram id="diagram_result-publicity">\n    <bpmndi:BPMNPlane id="plane_result-publicity" bpmnElement="result-publicity">\n      <bpmndi:BPMNShape id="published_di" bpmnElement="published"><dc:Bounds x="92" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="open_di" bpmnElement="open"><dc:Bounds x="220" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeOpened_di" bpmnElement="noticeOpened"><dc:Bounds x="380" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="period_di" bpmnElement="period"><dc:Bounds x="565" y="205" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="periodEnded_di" bpmnElement="periodEnded"><dc:Bounds x="732" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="objectionRaised_di" bpmnElement="objectionRaised"><dc:Bounds x="732" y="342" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="handleObjection_di" bpmnElement="handleObjection"><dc:Bounds x="860" y="320" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="decide_di" bpmnElement="decide"><dc:Bounds x="1020" y="320" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="decision_di" bpmnElement="decision"><dc:Bounds x="1205" y="335" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeRestarted_di" bpmnElement="noticeRestarted"><dc:Bounds x="1340" y="320" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeDismissed_di" bpmnElement="noticeDismissed"><dc:Bounds x="1340" y="450" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="more_di" bpmnElement="more"><dc:Bounds x="1525" y="335" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="countOpen_di" bpmnElement="countOpen"><dc:Bounds x="700" y="40" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="openAtEnd_di" bpmnElement="openAtEnd" isMarkerVisible="true"><dc:Bounds x="885" y="55" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeUpload_di" bpmnElement="noticeUpload"><dc:Bounds x="860" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="waitUpload_di" bpmnElement="waitUpload"><dc:Bounds x="1052" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="cityReview_di" bpmnElement="cityReview"><dc:Bounds x="1180" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="cityDecision_di" bpmnElement="cityDecision"><dc:Bounds x="1365" y="205" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="provinceReview_di" bpmnElement="provinceReview"><dc:Bounds x="1500" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="provinceDecision_di" bpmnElement="provinceDecision"><dc:Bounds x="1685" y="205" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeReviewReturned_di" bpmnElement="noticeReviewReturned"><dc:Bounds x="1500" y="60" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="complete_di" bpmnElement="complete"><dc:Bounds x="1820" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeCertificates_di" bpmnElement="noticeCertificates"><dc:Bounds x="1980" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="certified_di" bpmnElement="certified"><dc:Bounds x="2172" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="answer_di" bpmnElement="answer" isExpanded="true"><dc:Bounds x="180" y="440" width="300" height="120" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="answered_di" bpmnElement="answered"><dc:Bounds x="222" y="482" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="answerRecorded_di" bpmnElement="answerRecorded"><dc:Bounds x="402" y="482" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNEdge id="f_answerRecorded_di" bpmnElement="f_answerRecorded"><di:waypoint x="258" y="500" /><di:waypoint x="402" y="500" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_open_di" bpmnElement="f_open"><di:waypoint x="128" y="230" /><di:waypoint x="220" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeOpened_di" bpmnElement="f_noticeOpened"><di:waypoint x="320" y="230" /><di:waypoint x="380" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_period_di" bpmnElement="f_period"><di:waypoint x="480" y="230" /><di:waypoint x="565" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_periodEnded_di" bpmnElement="f_periodEnded"><di:waypoint x="615" y="230" /><di:waypoint x="732" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_objectionRaised_di" bpmnElement="f_objectionRaised"><di:waypoint x="615" y="230" /><di:waypoint x="673" y="230" /><di:waypoint x="673" y="360" /><di:waypoint x="732" y="360" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_handle_di" bpmnElement="f_handle"><di:waypoint x="768" y="360" /><di:waypoint x="860" y="360" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_decide_di" bpmnElement="f_decide"><di:waypoint x="960" y="360" /><di:waypoint x="1020" y="360" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_decision_di" bpmnElement="f_decision"><di:waypoint x="1120" y="360" /><di:waypoint x="1205" y="360" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_upheld_di" bpmnElement="f_upheld"><di:waypoint x="1255" y="360" /><di:waypoint x="1340" y="360" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_moreAfterUphold_di" bpmnElement="f_moreAfterUphold"><di:waypoint x="1440" y="360" /><di:waypoint x="1525" y="360" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_dismissed_di" bpmnElement="f_dismissed"><di:waypoint x="1255" y="360" /><di:waypoint x="1297" y="360" /><di:waypoint x="1297" y="490" /><di:waypoint x="1340" y="490" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_moreAfterDismiss_di" bpmnElement="f_moreAfterDismiss"><di:waypoint x="1440" y="490" /><di:waypoint x="1482" y="490" /><di:waypoint x="1482" y="360" /><di:waypoint x="1525" y="360" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_nextObjection_di" bpmnElement="f_nextObjection"><di:waypoint x="1575" y="360" /><di:waypoint x="860" y="360" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_backToPeriod_di" bpmnElement="f_backToPeriod"><di:waypoint x="1575" y="360" /><di:waypoint x="1070" y="360" /><di:waypoint x="1070" y="230" /><di:waypoint x="565" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_countOpen_di" bpmnElement="f_countOpen"><di:waypoint x="750" y="212" /><di:waypoint x="750" y="120" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_openAtEnd_di" bpmnElement="f_openAtEnd"><di:waypoint x="800" y="80" /><di:waypoint x="885" y="80" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_lateObjection_di" bpmnElement="f_lateObjection"><di:waypoint x="935" y="80" /><di:waypoint x="980" y="80" /><di:waypoint x="980" y="300" /><di:waypoint x="910" y="300" /><di:waypoint x="910" y="320" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeUpload_di" bpmnElement="f_noticeUpload"><di:waypoint x="910" y="105" /><di:waypoint x="910" y="190" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_waitUpload_di" bpmnElement="f_waitUpload"><di:waypoint x="960" y="230" /><di:waypoint x="1052" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_cityReview_di" bpmnElement="f_cityReview"><di:waypoint x="1088" y="230" /><di:waypoint x="1180" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_cityDecision_di" bpmnElement="f_cityDecision"><di:waypoint x="1280" y="230" /><di:waypoint x="1365" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_cityReturned_di" bpmnElement="f_cityReturned"><di:waypoint x="1415" y="230" /><di:waypoint x="1457" y="230" /><di:waypoint x="1457" y="100" /><di:waypoint x="1500" y="100" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_cityApproved_di" bpmnElement="f_cityApproved"><di:waypoint x="1415" y="230" /><di:waypoint x="1500" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_provinceDecision_di" bpmnElement="f_provinceDecision"><di:waypoint x="1600" y="230" /><di:waypoint x="1685" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_provinceReturned_di" bpmnElement="f_provinceReturned"><di:waypoint x="1735" y="230" /><di:waypoint x="1617" y="230" /><di:waypoint x="1617" y="100" /><di:waypoint x="1500" y="100" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_uploadAgain_di" bpmnElement="f_uploadAgain"><di:waypoint x="1600" y="100" /><di:waypoint x="1326" y="100" /><di:waypoint x="1326" y="230" /><di:waypoint x="1052" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_provinceApproved_di" bpmnElement="f_provinceApproved"><di:waypoint x="1735" y="230" /><di:waypoint x="1820" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeCertificates_di" bpmnElement="f_noticeCertificates"><di:waypoint x="1920" y="230" /><di:waypoint x="1980" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_end_di" bpmnElement="f_end"><di:waypoint x="2080" y="230" /><di:waypoint x="2172" y="230" /></bpmndi:BPMNEdge>\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n	b60edf80a5fc212484bd422be029b9af5508d5cceaca657afa3f8dce0456d5fc	638765604000000000	system
29e9568f-c624-4d05-8801-db8a2bc88783	supervision-report	1	质量督导报告	<?xml version="1.0" encoding="UTF-8"?>\n<!--\n  质量督导报告 — 001 art. 18: the assigned quality supervisor reports to the dispatching unit within 3 working days\n  after the exam; reminded the working day before, escalated to the dispatching unit (and a clerk follow-up) when\n  overdue. An invalid batch's results are not recognised (001 art. 31); the third such batch of an institution opens\n  a cancellation review (001 art. 32(七)). Called by plan-submission; business key = plan id.\n  The ends after the report terminate: once the report is in, an open overdue follow-up (a non-interrupting branch)\n  is moot and must not hold the batch at the call activity, or the institution could not publish its results.\n  The report is submitted through POST /api/plans/{id}/supervision-report, which validates it.\n-->\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"\n                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"\n                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"\n                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"\n                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n                  xmlns:ew="http://evalworkflows.org/schema/bpmn"\n                  id="defs_supervision-report" targetNamespace="http://evalworkflows.org/workflows">\n  <bpmn:process id="supervision-report" name="质量督导报告" isExecutable="true">\n    <bpmn:startEvent id="examOver" name="考核已结束" />\n    <bpmn:sequenceFlow id="f_report" sourceRef="examOver" targetRef="report" />\n    <bpmn:userTask id="report" name="提交质量督导报告" ew:candidateRole="supervisor" ew:assignee="{{ supervisor }}" ew:formKey="supervision-report" ew:dueDate="end_of_day(add_working_days(exam_end, 3))" ew:fields="exam_administration,candidate_eligibility,questions_and_assessors,premises_and_equipment,fees,recommendation,invalidity_grounds" ew:basis="001 art. 18" />\n    <bpmn:boundaryEvent id="remind" name="截止前一个工作日提醒" attachedToRef="report" cancelActivity="false" ew:basis="001 art. 18">\n      <bpmn:timerEventDefinition><bpmn:timeDate>at(add_working_days(task_due_on, -1), "09:00")</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_noticeReminder" sourceRef="remind" targetRef="noticeReminder" />\n    <bpmn:sendTask id="noticeReminder" name="提醒督导员提交报告" ew:type="notice" ew:template="supervision-reminder" ew:to="supervisor_email" ew:basis="001 art. 18" />\n    <bpmn:sequenceFlow id="f_endReminded" sourceRef="noticeReminder" targetRef="endReminded" />\n    <bpmn:endEvent id="endReminded" name="已提醒" />\n    <bpmn:boundaryEvent id="overdue" name="报告逾期" attachedToRef="report" cancelActivity="false" ew:basis="001 art. 18">\n      <bpmn:timerEventDefinition><bpmn:timeDate>task_due</bpmn:timeDate></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f_noticeOverdue" sourceRef="overdue" targetRef="noticeOverdue" />\n    <bpmn:sendTask id="noticeOverdue" name="报告派出单位：督导报告逾期" ew:type="notice" ew:template="supervision-overdue" ew:to="dispatching_unit_email" ew:basis="001 art. 18" />\n    <bpmn:sequenceFlow id="f_followUp" sourceRef="noticeOverdue" targetRef="followUp" />\n    <bpmn:userTask id="followUp" name="督导报告逾期跟进" ew:candidateRole="clerk" ew:formKey="supervision-follow-up" ew:fields="" ew:basis="001 art. 18" />\n    <bpmn:sequenceFlow id="f_endFollowedUp" sourceRef="followUp" targetRef="endFollowedUp" />\n    <bpmn:endEvent id="endFollowedUp" name="已跟进" />\n    <bpmn:sequenceFlow id="f_record" sourceRef="report" targetRef="record" />\n    <bpmn:serviceTask id="record" name="登记督导报告" ew:type="supervision.record" ew:basis="001 art. 18" />\n    <bpmn:sequenceFlow id="f_valid" sourceRef="record" targetRef="isValid" />\n    <bpmn:exclusiveGateway id="isValid" name="批次有效？" default="f_batchValid" />\n    <bpmn:sequenceFlow id="f_batchValid" name="有效" sourceRef="isValid" targetRef="noticeValid" />\n    <bpmn:sendTask id="noticeValid" name="通知机构：可公示结果" ew:type="notice" ew:template="supervision-batch-valid" ew:to="institution_email" ew:basis="002 §四(三)" />\n    <bpmn:sequenceFlow id="f_endValid" sourceRef="noticeValid" targetRef="endValid" />\n    <bpmn:endEvent id="endValid" name="批次有效"><bpmn:terminateEventDefinition /></bpmn:endEvent>\n    <bpmn:sequenceFlow id="f_batchInvalid" name="无效" sourceRef="isValid" targetRef="noticeNotRecognised">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">recommendation == "invalid"</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:sendTask id="noticeNotRecognised" name="通知机构：成绩不予认定" ew:type="notice" ew:template="supervision-not-recognised" ew:to="institution_email" ew:basis="001 art. 31" />\n    <bpmn:sequenceFlow id="f_cancelCheck" sourceRef="noticeNotRecognised" targetRef="cancelCheck" />\n    <bpmn:exclusiveGateway id="cancelCheck" name="累计3次以上？" default="f_belowThreshold" ew:basis="001 art. 32(七)" />\n    <bpmn:sequenceFlow id="f_belowThreshold" name="否" sourceRef="cancelCheck" targetRef="endInvalid" />\n    <bpmn:endEvent id="endInvalid" name="成绩不予认定"><bpmn:terminateEventDefinition /></bpmn:endEvent>\n    <bpmn:sequenceFlow id="f_cancelReview" name="是" sourceRef="cancelCheck" targetRef="cancelReview">\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">cancellation_review == true</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:userTask id="cancelReview" name="撤销备案审查" ew:candidateRole="clerk" ew:formKey="filing-cancellation-review" ew:fields="" ew:basis="001 art. 32(七)" />\n    <bpmn:sequenceFlow id="f_endCancelReview" sourceRef="cancelReview" targetRef="endCancelReview" />\n    <bpmn:endEvent id="endCancelReview" name="已审查"><bpmn:terminateEventDefinition /></bpmn:endEvent>\n  </bpmn:process>\n  <bpmndi:BPMNDiagram id="diagram_supervision-report">\n    <bpmndi:BPMNPlane id="plane_supervision-report" bpmnElement="supervision-report">\n      <bpmndi:BPMNShape id="examOver_di" bpmnElement="examOver"><dc:Bounds x="92" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="report_di" bpmnElement="report"><dc:Bounds x="220" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="remind_di" bpmnElement="remind"><dc:Bounds x="230" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeReminder_di" bpmnElement="noticeReminder"><dc:Bounds x="380" y="450" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endReminded_di" bpmnElement="endReminded"><dc:Bounds x="572" y="472" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="overdue_di" bpmnElement="overdue"><dc:Bounds x="274" y="252" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeOverdue_di" bpmnElement="noticeOverdue"><dc:Bounds x="380" y="580" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="followUp_di" bpmnElement="followUp"><dc:Bounds x="540" y="580" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endFollowedUp_di" bpmnElement="endFollowedUp"><dc:Bounds x="732" y="602" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="record_di" bpmnElement="record"><dc:Bounds x="380" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="isValid_di" bpmnElement="isValid"><dc:Bounds x="565" y="205" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeValid_di" bpmnElement="noticeValid"><dc:Bounds x="700" y="60" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endValid_di" bpmnElement="endValid"><dc:Bounds x="892" y="82" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="noticeNotRecognised_di" bpmnElement="noticeNotRecognised"><dc:Bounds x="700" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="cancelCheck_di" bpmnElement="cancelCheck"><dc:Bounds x="885" y="205" width="50" height="50" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endInvalid_di" bpmnElement="endInvalid"><dc:Bounds x="1052" y="342" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="cancelReview_di" bpmnElement="cancelReview"><dc:Bounds x="1020" y="190" width="100" height="80" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNShape id="endCancelReview_di" bpmnElement="endCancelReview"><dc:Bounds x="1212" y="212" width="36" height="36" /></bpmndi:BPMNShape>\n      <bpmndi:BPMNEdge id="f_report_di" bpmnElement="f_report"><di:waypoint x="128" y="230" /><di:waypoint x="220" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeReminder_di" bpmnElement="f_noticeReminder"><di:waypoint x="248" y="288" /><di:waypoint x="248" y="490" /><di:waypoint x="380" y="490" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_endReminded_di" bpmnElement="f_endReminded"><di:waypoint x="480" y="490" /><di:waypoint x="572" y="490" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_noticeOverdue_di" bpmnElement="f_noticeOverdue"><di:waypoint x="292" y="288" /><di:waypoint x="292" y="620" /><di:waypoint x="380" y="620" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_followUp_di" bpmnElement="f_followUp"><di:waypoint x="480" y="620" /><di:waypoint x="540" y="620" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_endFollowedUp_di" bpmnElement="f_endFollowedUp"><di:waypoint x="640" y="620" /><di:waypoint x="732" y="620" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_record_di" bpmnElement="f_record"><di:waypoint x="320" y="230" /><di:waypoint x="380" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_valid_di" bpmnElement="f_valid"><di:waypoint x="480" y="230" /><di:waypoint x="565" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_batchValid_di" bpmnElement="f_batchValid"><di:waypoint x="615" y="230" /><di:waypoint x="657" y="230" /><di:waypoint x="657" y="100" /><di:waypoint x="700" y="100" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_endValid_di" bpmnElement="f_endValid"><di:waypoint x="800" y="100" /><di:waypoint x="892" y="100" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_batchInvalid_di" bpmnElement="f_batchInvalid"><di:waypoint x="615" y="230" /><di:waypoint x="700" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_cancelCheck_di" bpmnElement="f_cancelCheck"><di:waypoint x="800" y="230" /><di:waypoint x="885" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_belowThreshold_di" bpmnElement="f_belowThreshold"><di:waypoint x="935" y="230" /><di:waypoint x="993" y="230" /><di:waypoint x="993" y="360" /><di:waypoint x="1052" y="360" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_cancelReview_di" bpmnElement="f_cancelReview"><di:waypoint x="935" y="230" /><di:waypoint x="1020" y="230" /></bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="f_endCancelReview_di" bpmnElement="f_endCancelReview"><di:waypoint x="1120" y="230" /><di:waypoint x="1212" y="230" /></bpmndi:BPMNEdge>\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n	6ba45e1c093091b62d4172ec2e46ba15f9192391ac9023a55e9051aef6b2cc77	638765604000000000	system
045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	故障演练	<?xml version="1.0" encoding="UTF-8"?>\n<!-- The fault tests' process: a notice on receipt, a user task with a daily reminder (twice) and a three-day\n     deadline, a notice at either end. Each notice goes to an address of its own per instance and element\n     (key.received@example.cn, passed in as to_received and so on), so the SMTP server's mailbox can be counted per instance and per step. -->\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ew="http://evalworkflows.org/schema/bpmn" id="defs" targetNamespace="http://evalworkflows.org/tests">\n  <bpmn:process id="fault-drill" name="故障演练" isExecutable="true">\n    <bpmn:startEvent id="start" />\n    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="received" />\n    <bpmn:sendTask id="received" name="受理告知" ew:type="notice" ew:template="deadline-reminder" ew:to="to_received" />\n    <bpmn:sequenceFlow id="f2" sourceRef="received" targetRef="answer" />\n    <bpmn:userTask id="answer" name="答复" />\n    <bpmn:boundaryEvent id="remind" attachedToRef="answer" cancelActivity="false">\n      <bpmn:timerEventDefinition><bpmn:timeCycle>R2/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f3" sourceRef="remind" targetRef="reminded" />\n    <bpmn:sendTask id="reminded" name="催办提醒" ew:type="notice" ew:template="deadline-reminder" ew:to="to_reminded" />\n    <bpmn:sequenceFlow id="f4" sourceRef="reminded" targetRef="remindedEnd" />\n    <bpmn:endEvent id="remindedEnd" />\n    <bpmn:boundaryEvent id="deadline" attachedToRef="answer">\n      <bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition>\n    </bpmn:boundaryEvent>\n    <bpmn:sequenceFlow id="f5" sourceRef="deadline" targetRef="overdue" />\n    <bpmn:sendTask id="overdue" name="逾期告知" ew:type="notice" ew:template="deadline-reminder" ew:to="to_overdue" />\n    <bpmn:sequenceFlow id="f6" sourceRef="overdue" targetRef="timedOut" />\n    <bpmn:endEvent id="timedOut" />\n    <bpmn:sequenceFlow id="f7" sourceRef="answer" targetRef="done" />\n    <bpmn:sendTask id="done" name="办结告知" ew:type="notice" ew:template="deadline-reminder" ew:to="to_done" />\n    <bpmn:sequenceFlow id="f8" sourceRef="done" targetRef="answered" />\n    <bpmn:endEvent id="answered" />\n  </bpmn:process>\n</bpmn:definitions>\n	5ad08634de5ef015364be70bf8143278e9ab3cf992e88740ab8ead87aaea526e	638765604000000000	admin
\.


--
-- Data for Name: wf_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wf_history ("Id", "InstanceId", "At", "Event", "ElementId", "ElementType", "Actor", "DataJson") FROM stdin;
1	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	638765604000000000	instance-started	start	startEvent	admin	{"businessKey":"u001","version":1}
2	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	638765604000000000	element-entered	start	startEvent	admin	\N
3	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	638765604000000000	element-left	start	startEvent	admin	\N
4	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	638765604000000000	element-entered	received	sendTask	admin	{"via":"f1"}
5	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	638765604000000000	notice-queued	received	sendTask	system	{"noticeId":"01955984-5680-757b-a30a-a7f623e2fc94","template":"deadline-reminder","to":"u001.received@example.cn","cc":null,"subject":"\\u63D0\\u9192\\uFF1A\\u6545\\u969C\\u6F14\\u7EC3 u001\\u5C06\\u4E8E2025\\u5E743\\u67086\\u65E5\\uFF08\\u661F\\u671F\\u56DB\\uFF09\\u622A\\u6B62","basis":null}
6	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	638765604000000000	element-left	received	sendTask	system	\N
7	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	638765604000000000	element-entered	answer	userTask	system	{"via":"f2"}
8	7116ad16-561d-4c7c-8570-b491b8741f65	638765604000000000	instance-started	start	startEvent	admin	{"businessKey":"u002","version":1}
9	7116ad16-561d-4c7c-8570-b491b8741f65	638765604000000000	element-entered	start	startEvent	admin	\N
10	7116ad16-561d-4c7c-8570-b491b8741f65	638765604000000000	element-left	start	startEvent	admin	\N
11	7116ad16-561d-4c7c-8570-b491b8741f65	638765604000000000	element-entered	received	sendTask	admin	{"via":"f1"}
12	7116ad16-561d-4c7c-8570-b491b8741f65	638765604000000000	notice-queued	received	sendTask	system	{"noticeId":"01955984-5680-7564-a221-884a0bc19573","template":"deadline-reminder","to":"u002.received@example.cn","cc":null,"subject":"\\u63D0\\u9192\\uFF1A\\u6545\\u969C\\u6F14\\u7EC3 u002\\u5C06\\u4E8E2025\\u5E743\\u67086\\u65E5\\uFF08\\u661F\\u671F\\u56DB\\uFF09\\u622A\\u6B62","basis":null}
13	7116ad16-561d-4c7c-8570-b491b8741f65	638765604000000000	element-left	received	sendTask	system	\N
14	7116ad16-561d-4c7c-8570-b491b8741f65	638765604000000000	element-entered	answer	userTask	system	{"via":"f2"}
15	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	638765604000000000	instance-started	start	startEvent	admin	{"businessKey":"u003","version":1}
16	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	638765604000000000	element-entered	start	startEvent	admin	\N
17	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	638765604000000000	element-left	start	startEvent	admin	\N
18	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	638765604000000000	element-entered	received	sendTask	admin	{"via":"f1"}
19	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	638765604000000000	notice-queued	received	sendTask	system	{"noticeId":"01955984-5680-7c49-88a7-f1b0254598c5","template":"deadline-reminder","to":"u003.received@example.cn","cc":null,"subject":"\\u63D0\\u9192\\uFF1A\\u6545\\u969C\\u6F14\\u7EC3 u003\\u5C06\\u4E8E2025\\u5E743\\u67086\\u65E5\\uFF08\\u661F\\u671F\\u56DB\\uFF09\\u622A\\u6B62","basis":null}
20	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	638765604000000000	element-left	received	sendTask	system	\N
21	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	638765604000000000	element-entered	answer	userTask	system	{"via":"f2"}
22	2ebf3422-c0ad-49e9-b715-64bfe075e72e	638765604000000000	instance-started	start	startEvent	admin	{"businessKey":"u004","version":1}
23	2ebf3422-c0ad-49e9-b715-64bfe075e72e	638765604000000000	element-entered	start	startEvent	admin	\N
24	2ebf3422-c0ad-49e9-b715-64bfe075e72e	638765604000000000	element-left	start	startEvent	admin	\N
25	2ebf3422-c0ad-49e9-b715-64bfe075e72e	638765604000000000	element-entered	received	sendTask	admin	{"via":"f1"}
26	2ebf3422-c0ad-49e9-b715-64bfe075e72e	638765604000000000	notice-queued	received	sendTask	system	{"noticeId":"01955984-5680-7d78-8717-dea1031dc324","template":"deadline-reminder","to":"u004.received@example.cn","cc":null,"subject":"\\u63D0\\u9192\\uFF1A\\u6545\\u969C\\u6F14\\u7EC3 u004\\u5C06\\u4E8E2025\\u5E743\\u67086\\u65E5\\uFF08\\u661F\\u671F\\u56DB\\uFF09\\u622A\\u6B62","basis":null}
27	2ebf3422-c0ad-49e9-b715-64bfe075e72e	638765604000000000	element-left	received	sendTask	system	\N
28	2ebf3422-c0ad-49e9-b715-64bfe075e72e	638765604000000000	element-entered	answer	userTask	system	{"via":"f2"}
29	f6532297-a6ab-4265-8926-cb604f847c3b	638765604000000000	instance-started	start	startEvent	admin	{"businessKey":"u005","version":1}
30	f6532297-a6ab-4265-8926-cb604f847c3b	638765604000000000	element-entered	start	startEvent	admin	\N
31	f6532297-a6ab-4265-8926-cb604f847c3b	638765604000000000	element-left	start	startEvent	admin	\N
32	f6532297-a6ab-4265-8926-cb604f847c3b	638765604000000000	element-entered	received	sendTask	admin	{"via":"f1"}
33	f6532297-a6ab-4265-8926-cb604f847c3b	638765604000000000	notice-queued	received	sendTask	system	{"noticeId":"01955984-5680-7a8b-bcd0-4f2e438c1860","template":"deadline-reminder","to":"u005.received@example.cn","cc":null,"subject":"\\u63D0\\u9192\\uFF1A\\u6545\\u969C\\u6F14\\u7EC3 u005\\u5C06\\u4E8E2025\\u5E743\\u67086\\u65E5\\uFF08\\u661F\\u671F\\u56DB\\uFF09\\u622A\\u6B62","basis":null}
34	f6532297-a6ab-4265-8926-cb604f847c3b	638765604000000000	element-left	received	sendTask	system	\N
35	f6532297-a6ab-4265-8926-cb604f847c3b	638765604000000000	element-entered	answer	userTask	system	{"via":"f2"}
36	d0dc3d21-ece9-4415-8c74-df938a0faba2	638765604000000000	instance-started	start	startEvent	admin	{"businessKey":"u006","version":1}
37	d0dc3d21-ece9-4415-8c74-df938a0faba2	638765604000000000	element-entered	start	startEvent	admin	\N
38	d0dc3d21-ece9-4415-8c74-df938a0faba2	638765604000000000	element-left	start	startEvent	admin	\N
39	d0dc3d21-ece9-4415-8c74-df938a0faba2	638765604000000000	element-entered	received	sendTask	admin	{"via":"f1"}
40	d0dc3d21-ece9-4415-8c74-df938a0faba2	638765604000000000	notice-queued	received	sendTask	system	{"noticeId":"01955984-5680-71cc-a6ce-0608b695dd1e","template":"deadline-reminder","to":"u006.received@example.cn","cc":null,"subject":"\\u63D0\\u9192\\uFF1A\\u6545\\u969C\\u6F14\\u7EC3 u006\\u5C06\\u4E8E2025\\u5E743\\u67086\\u65E5\\uFF08\\u661F\\u671F\\u56DB\\uFF09\\u622A\\u6B62","basis":null}
41	d0dc3d21-ece9-4415-8c74-df938a0faba2	638765604000000000	element-left	received	sendTask	system	\N
42	d0dc3d21-ece9-4415-8c74-df938a0faba2	638765604000000000	element-entered	answer	userTask	system	{"via":"f2"}
43	72c9c59e-9c4a-4300-8126-345971820a5e	638765604000000000	instance-started	start	startEvent	admin	{"businessKey":"u007","version":1}
44	72c9c59e-9c4a-4300-8126-345971820a5e	638765604000000000	element-entered	start	startEvent	admin	\N
45	72c9c59e-9c4a-4300-8126-345971820a5e	638765604000000000	element-left	start	startEvent	admin	\N
46	72c9c59e-9c4a-4300-8126-345971820a5e	638765604000000000	element-entered	received	sendTask	admin	{"via":"f1"}
47	72c9c59e-9c4a-4300-8126-345971820a5e	638765604000000000	notice-queued	received	sendTask	system	{"noticeId":"01955984-5680-79d6-b2e1-dcb2fb330904","template":"deadline-reminder","to":"u007.received@example.cn","cc":null,"subject":"\\u63D0\\u9192\\uFF1A\\u6545\\u969C\\u6F14\\u7EC3 u007\\u5C06\\u4E8E2025\\u5E743\\u67086\\u65E5\\uFF08\\u661F\\u671F\\u56DB\\uFF09\\u622A\\u6B62","basis":null}
48	72c9c59e-9c4a-4300-8126-345971820a5e	638765604000000000	element-left	received	sendTask	system	\N
49	72c9c59e-9c4a-4300-8126-345971820a5e	638765604000000000	element-entered	answer	userTask	system	{"via":"f2"}
50	04a9ce72-39b9-4672-854d-5cf8096e20d1	638765604000000000	instance-started	start	startEvent	admin	{"businessKey":"u008","version":1}
51	04a9ce72-39b9-4672-854d-5cf8096e20d1	638765604000000000	element-entered	start	startEvent	admin	\N
52	04a9ce72-39b9-4672-854d-5cf8096e20d1	638765604000000000	element-left	start	startEvent	admin	\N
53	04a9ce72-39b9-4672-854d-5cf8096e20d1	638765604000000000	element-entered	received	sendTask	admin	{"via":"f1"}
57	6001efa1-8894-4ca0-b5f4-5a1aa57de611	638765604000000000	instance-started	start	startEvent	admin	{"businessKey":"u009","version":1}
58	6001efa1-8894-4ca0-b5f4-5a1aa57de611	638765604000000000	element-entered	start	startEvent	admin	\N
59	6001efa1-8894-4ca0-b5f4-5a1aa57de611	638765604000000000	element-left	start	startEvent	admin	\N
54	04a9ce72-39b9-4672-854d-5cf8096e20d1	638765604000000000	notice-queued	received	sendTask	system	{"noticeId":"01955984-5680-7fec-85c1-6e9b2489439e","template":"deadline-reminder","to":"u008.received@example.cn","cc":null,"subject":"\\u63D0\\u9192\\uFF1A\\u6545\\u969C\\u6F14\\u7EC3 u008\\u5C06\\u4E8E2025\\u5E743\\u67086\\u65E5\\uFF08\\u661F\\u671F\\u56DB\\uFF09\\u622A\\u6B62","basis":null}
55	04a9ce72-39b9-4672-854d-5cf8096e20d1	638765604000000000	element-left	received	sendTask	system	\N
56	04a9ce72-39b9-4672-854d-5cf8096e20d1	638765604000000000	element-entered	answer	userTask	system	{"via":"f2"}
60	6001efa1-8894-4ca0-b5f4-5a1aa57de611	638765604000000000	element-entered	received	sendTask	admin	{"via":"f1"}
61	6001efa1-8894-4ca0-b5f4-5a1aa57de611	638765604000000000	notice-queued	received	sendTask	system	{"noticeId":"01955984-5680-7a2c-b416-94ccb37c4c59","template":"deadline-reminder","to":"u009.received@example.cn","cc":null,"subject":"\\u63D0\\u9192\\uFF1A\\u6545\\u969C\\u6F14\\u7EC3 u009\\u5C06\\u4E8E2025\\u5E743\\u67086\\u65E5\\uFF08\\u661F\\u671F\\u56DB\\uFF09\\u622A\\u6B62","basis":null}
62	6001efa1-8894-4ca0-b5f4-5a1aa57de611	638765604000000000	element-left	received	sendTask	system	\N
63	6001efa1-8894-4ca0-b5f4-5a1aa57de611	638765604000000000	element-entered	answer	userTask	system	{"via":"f2"}
64	64113533-0abe-44fc-8ada-ddfbfa1b5169	638765604000000000	instance-started	start	startEvent	admin	{"businessKey":"u010","version":1}
65	64113533-0abe-44fc-8ada-ddfbfa1b5169	638765604000000000	element-entered	start	startEvent	admin	\N
66	64113533-0abe-44fc-8ada-ddfbfa1b5169	638765604000000000	element-left	start	startEvent	admin	\N
67	64113533-0abe-44fc-8ada-ddfbfa1b5169	638765604000000000	element-entered	received	sendTask	admin	{"via":"f1"}
68	64113533-0abe-44fc-8ada-ddfbfa1b5169	638765604000000000	notice-queued	received	sendTask	system	{"noticeId":"01955984-5680-7700-8904-ff974a19d684","template":"deadline-reminder","to":"u010.received@example.cn","cc":null,"subject":"\\u63D0\\u9192\\uFF1A\\u6545\\u969C\\u6F14\\u7EC3 u010\\u5C06\\u4E8E2025\\u5E743\\u67086\\u65E5\\uFF08\\u661F\\u671F\\u56DB\\uFF09\\u622A\\u6B62","basis":null}
69	64113533-0abe-44fc-8ada-ddfbfa1b5169	638765604000000000	element-left	received	sendTask	system	\N
70	64113533-0abe-44fc-8ada-ddfbfa1b5169	638765604000000000	element-entered	answer	userTask	system	{"via":"f2"}
\.


--
-- Data for Name: wf_incidents; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wf_incidents ("Id", "InstanceId", "JobId", "ElementId", "Error", "RaisedAt", "ResolvedAt", "ResolvedBy") FROM stdin;
\.


--
-- Data for Name: wf_instances; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wf_instances ("Id", "DefinitionId", "DefinitionKey", "Version", "BusinessKey", "Status", "VariablesJson", "StartedAt", "EndedAt", "StartedBy", "ParentInstanceId", "ParentTokenId", "Revision") FROM stdin;
0ceac8eb-e0e0-4373-91f4-97dd540a8d99	045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	u001	Running	{"key":"u001","recipient_name":"\\u6545\\u969C\\u6F14\\u7EC3\\u673A\\u6784","matter":"\\u6545\\u969C\\u6F14\\u7EC3 u001","due_date":"2025-03-06","to_received":"u001.received@example.cn","to_reminded":"u001.reminded@example.cn","to_done":"u001.done@example.cn","to_overdue":"u001.overdue@example.cn"}	638765604000000000	\N	admin	\N	\N	2
7116ad16-561d-4c7c-8570-b491b8741f65	045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	u002	Running	{"key":"u002","recipient_name":"\\u6545\\u969C\\u6F14\\u7EC3\\u673A\\u6784","matter":"\\u6545\\u969C\\u6F14\\u7EC3 u002","due_date":"2025-03-06","to_received":"u002.received@example.cn","to_reminded":"u002.reminded@example.cn","to_done":"u002.done@example.cn","to_overdue":"u002.overdue@example.cn"}	638765604000000000	\N	admin	\N	\N	2
9f42c218-0d26-4204-a4d3-ef924ddd3dc3	045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	u003	Running	{"key":"u003","recipient_name":"\\u6545\\u969C\\u6F14\\u7EC3\\u673A\\u6784","matter":"\\u6545\\u969C\\u6F14\\u7EC3 u003","due_date":"2025-03-06","to_received":"u003.received@example.cn","to_reminded":"u003.reminded@example.cn","to_done":"u003.done@example.cn","to_overdue":"u003.overdue@example.cn"}	638765604000000000	\N	admin	\N	\N	2
2ebf3422-c0ad-49e9-b715-64bfe075e72e	045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	u004	Running	{"key":"u004","recipient_name":"\\u6545\\u969C\\u6F14\\u7EC3\\u673A\\u6784","matter":"\\u6545\\u969C\\u6F14\\u7EC3 u004","due_date":"2025-03-06","to_received":"u004.received@example.cn","to_reminded":"u004.reminded@example.cn","to_done":"u004.done@example.cn","to_overdue":"u004.overdue@example.cn"}	638765604000000000	\N	admin	\N	\N	2
f6532297-a6ab-4265-8926-cb604f847c3b	045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	u005	Running	{"key":"u005","recipient_name":"\\u6545\\u969C\\u6F14\\u7EC3\\u673A\\u6784","matter":"\\u6545\\u969C\\u6F14\\u7EC3 u005","due_date":"2025-03-06","to_received":"u005.received@example.cn","to_reminded":"u005.reminded@example.cn","to_done":"u005.done@example.cn","to_overdue":"u005.overdue@example.cn"}	638765604000000000	\N	admin	\N	\N	2
d0dc3d21-ece9-4415-8c74-df938a0faba2	045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	u006	Running	{"key":"u006","recipient_name":"\\u6545\\u969C\\u6F14\\u7EC3\\u673A\\u6784","matter":"\\u6545\\u969C\\u6F14\\u7EC3 u006","due_date":"2025-03-06","to_received":"u006.received@example.cn","to_reminded":"u006.reminded@example.cn","to_done":"u006.done@example.cn","to_overdue":"u006.overdue@example.cn"}	638765604000000000	\N	admin	\N	\N	2
72c9c59e-9c4a-4300-8126-345971820a5e	045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	u007	Running	{"key":"u007","recipient_name":"\\u6545\\u969C\\u6F14\\u7EC3\\u673A\\u6784","matter":"\\u6545\\u969C\\u6F14\\u7EC3 u007","due_date":"2025-03-06","to_received":"u007.received@example.cn","to_reminded":"u007.reminded@example.cn","to_done":"u007.done@example.cn","to_overdue":"u007.overdue@example.cn"}	638765604000000000	\N	admin	\N	\N	2
04a9ce72-39b9-4672-854d-5cf8096e20d1	045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	u008	Running	{"key":"u008","recipient_name":"\\u6545\\u969C\\u6F14\\u7EC3\\u673A\\u6784","matter":"\\u6545\\u969C\\u6F14\\u7EC3 u008","due_date":"2025-03-06","to_received":"u008.received@example.cn","to_reminded":"u008.reminded@example.cn","to_done":"u008.done@example.cn","to_overdue":"u008.overdue@example.cn"}	638765604000000000	\N	admin	\N	\N	2
6001efa1-8894-4ca0-b5f4-5a1aa57de611	045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	u009	Running	{"key":"u009","recipient_name":"\\u6545\\u969C\\u6F14\\u7EC3\\u673A\\u6784","matter":"\\u6545\\u969C\\u6F14\\u7EC3 u009","due_date":"2025-03-06","to_received":"u009.received@example.cn","to_reminded":"u009.reminded@example.cn","to_done":"u009.done@example.cn","to_overdue":"u009.overdue@example.cn"}	638765604000000000	\N	admin	\N	\N	2
64113533-0abe-44fc-8ada-ddfbfa1b5169	045e1be6-e9dc-478b-bf35-ec3a288c398b	fault-drill	1	u010	Running	{"key":"u010","recipient_name":"\\u6545\\u969C\\u6F14\\u7EC3\\u673A\\u6784","matter":"\\u6545\\u969C\\u6F14\\u7EC3 u010","due_date":"2025-03-06","to_received":"u010.received@example.cn","to_reminded":"u010.reminded@example.cn","to_done":"u010.done@example.cn","to_overdue":"u010.overdue@example.cn"}	638765604000000000	\N	admin	\N	\N	2
\.


--
-- Data for Name: wf_jobs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wf_jobs ("Id", "Kind", "InstanceId", "TokenId", "DefinitionId", "ElementId", "DueAt", "RepeatsLeft", "Interval", "Attempts", "LastError", "Suspended", "CreatedAt", "Revision") FROM stdin;
65015cde-e6f0-4c68-9669-f9ed5d360a38	Timer	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	c434025d-2cde-40c5-8a16-a7b787079c9d	\N	remind	638766468000000000	1	P1D	0	\N	f	638765604000000000	0
d6779956-698e-47d6-967e-4a57ab050793	Timer	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	c434025d-2cde-40c5-8a16-a7b787079c9d	\N	deadline	638768196000000000	0	\N	0	\N	f	638765604000000000	0
50a3b0c4-6429-453c-a8fb-1bc5c882aec2	Timer	7116ad16-561d-4c7c-8570-b491b8741f65	df7859bf-758a-4e96-81f1-1db4359cf186	\N	deadline	638768196000000000	0	\N	0	\N	f	638765604000000000	0
52c14d46-e3d0-419e-ae95-fafde871f54d	Timer	7116ad16-561d-4c7c-8570-b491b8741f65	df7859bf-758a-4e96-81f1-1db4359cf186	\N	remind	638766468000000000	1	P1D	0	\N	f	638765604000000000	0
0bce2255-5b1f-4fd7-8dd3-06fc8daa3642	Timer	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	7dbbc78c-3c87-43eb-8c6b-0c15b4e628b9	\N	deadline	638768196000000000	0	\N	0	\N	f	638765604000000000	0
884b777d-716a-40e7-a18e-b10358bdc28d	Timer	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	7dbbc78c-3c87-43eb-8c6b-0c15b4e628b9	\N	remind	638766468000000000	1	P1D	0	\N	f	638765604000000000	0
a7f11c58-04d3-41df-87d0-1bb865bb4eeb	Timer	2ebf3422-c0ad-49e9-b715-64bfe075e72e	aa5a9bc0-a0d9-4e9a-a397-b5f5684aa83c	\N	deadline	638768196000000000	0	\N	0	\N	f	638765604000000000	0
ba30687f-caff-439a-83ae-80f0ddd1d68c	Timer	2ebf3422-c0ad-49e9-b715-64bfe075e72e	aa5a9bc0-a0d9-4e9a-a397-b5f5684aa83c	\N	remind	638766468000000000	1	P1D	0	\N	f	638765604000000000	0
0a3fee28-1552-4a99-9fac-d182bac9c7ce	Timer	f6532297-a6ab-4265-8926-cb604f847c3b	9bbff5b4-754a-4eba-9c00-85aa18f0f82e	\N	deadline	638768196000000000	0	\N	0	\N	f	638765604000000000	0
69f6d698-452f-49fb-b33f-1cb9283ecc8c	Timer	f6532297-a6ab-4265-8926-cb604f847c3b	9bbff5b4-754a-4eba-9c00-85aa18f0f82e	\N	remind	638766468000000000	1	P1D	0	\N	f	638765604000000000	0
199adc8a-2fc3-4a0c-8c7a-39fb1ea37eb5	Timer	d0dc3d21-ece9-4415-8c74-df938a0faba2	508bef71-4f5c-4272-b966-c49ff00b5969	\N	deadline	638768196000000000	0	\N	0	\N	f	638765604000000000	0
ccc1836d-39f2-4880-8434-89beb78acf77	Timer	d0dc3d21-ece9-4415-8c74-df938a0faba2	508bef71-4f5c-4272-b966-c49ff00b5969	\N	remind	638766468000000000	1	P1D	0	\N	f	638765604000000000	0
2e74abff-da5d-4592-9486-88fcdad6e59f	Timer	72c9c59e-9c4a-4300-8126-345971820a5e	1884cf15-894c-4d18-b8fe-8cbe4a4ed539	\N	remind	638766468000000000	1	P1D	0	\N	f	638765604000000000	0
f755c829-efb5-4f0e-b722-b02a9d51070f	Timer	72c9c59e-9c4a-4300-8126-345971820a5e	1884cf15-894c-4d18-b8fe-8cbe4a4ed539	\N	deadline	638768196000000000	0	\N	0	\N	f	638765604000000000	0
0fe3137c-48cd-4387-b12b-baf21333165c	Timer	04a9ce72-39b9-4672-854d-5cf8096e20d1	f9d5ef63-0b96-44de-b87a-0459cb717101	\N	deadline	638768196000000000	0	\N	0	\N	f	638765604000000000	0
2690a268-5a2f-4740-ab0b-e043061ae96d	Timer	04a9ce72-39b9-4672-854d-5cf8096e20d1	f9d5ef63-0b96-44de-b87a-0459cb717101	\N	remind	638766468000000000	1	P1D	0	\N	f	638765604000000000	0
02faa127-5669-4c97-835a-3098c54360e3	Timer	6001efa1-8894-4ca0-b5f4-5a1aa57de611	67f3f35e-372b-44cc-9ccf-667564eb300a	\N	deadline	638768196000000000	0	\N	0	\N	f	638765604000000000	0
66de2f31-6323-4bf2-a112-e2bb968875a2	Timer	6001efa1-8894-4ca0-b5f4-5a1aa57de611	67f3f35e-372b-44cc-9ccf-667564eb300a	\N	remind	638766468000000000	1	P1D	0	\N	f	638765604000000000	0
6ab927d8-d383-4c82-9c1c-60fc6ee748d2	Timer	64113533-0abe-44fc-8ada-ddfbfa1b5169	11d5c672-4369-40c0-8269-08371ac997aa	\N	deadline	638768196000000000	0	\N	0	\N	f	638765604000000000	0
a8fbcdd6-e918-4965-a738-1f8c4d90de0c	Timer	64113533-0abe-44fc-8ada-ddfbfa1b5169	11d5c672-4369-40c0-8269-08371ac997aa	\N	remind	638766468000000000	1	P1D	0	\N	f	638765604000000000	0
\.


--
-- Data for Name: wf_subscriptions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wf_subscriptions ("Id", "InstanceId", "TokenId", "DefinitionId", "ElementId", "MessageName", "CorrelationKey", "CreatedAt", "Kind") FROM stdin;
\.


--
-- Data for Name: wf_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wf_tokens ("Id", "InstanceId", "ElementId", "ScopeTokenId", "State", "ArrivedVia", "CreatedAt", "LocalsJson") FROM stdin;
c434025d-2cde-40c5-8a16-a7b787079c9d	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	answer	\N	Waiting	\N	638765604000000000	\N
df7859bf-758a-4e96-81f1-1db4359cf186	7116ad16-561d-4c7c-8570-b491b8741f65	answer	\N	Waiting	\N	638765604000000000	\N
7dbbc78c-3c87-43eb-8c6b-0c15b4e628b9	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	answer	\N	Waiting	\N	638765604000000000	\N
aa5a9bc0-a0d9-4e9a-a397-b5f5684aa83c	2ebf3422-c0ad-49e9-b715-64bfe075e72e	answer	\N	Waiting	\N	638765604000000000	\N
9bbff5b4-754a-4eba-9c00-85aa18f0f82e	f6532297-a6ab-4265-8926-cb604f847c3b	answer	\N	Waiting	\N	638765604000000000	\N
508bef71-4f5c-4272-b966-c49ff00b5969	d0dc3d21-ece9-4415-8c74-df938a0faba2	answer	\N	Waiting	\N	638765604000000000	\N
1884cf15-894c-4d18-b8fe-8cbe4a4ed539	72c9c59e-9c4a-4300-8126-345971820a5e	answer	\N	Waiting	\N	638765604000000000	\N
f9d5ef63-0b96-44de-b87a-0459cb717101	04a9ce72-39b9-4672-854d-5cf8096e20d1	answer	\N	Waiting	\N	638765604000000000	\N
67f3f35e-372b-44cc-9ccf-667564eb300a	6001efa1-8894-4ca0-b5f4-5a1aa57de611	answer	\N	Waiting	\N	638765604000000000	\N
11d5c672-4369-40c0-8269-08371ac997aa	64113533-0abe-44fc-8ada-ddfbfa1b5169	answer	\N	Waiting	\N	638765604000000000	\N
\.


--
-- Data for Name: wf_user_tasks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wf_user_tasks ("Id", "InstanceId", "TokenId", "ElementId", "Name", "DefinitionKey", "BusinessKey", "CandidateRole", "Assignee", "FormKey", "Outcomes", "Basis", "DueAt", "CreatedAt", "Status", "CompletedAt", "CompletedBy", "Outcome", "DataJson", "Revision") FROM stdin;
ff16a071-d070-480c-8e62-4756afcba9d4	0ceac8eb-e0e0-4373-91f4-97dd540a8d99	c434025d-2cde-40c5-8a16-a7b787079c9d	answer	答复	fault-drill	u001	\N	\N	\N		\N	\N	638765604000000000	Open	\N	\N	\N	\N	0
5a4aaa3e-fdcc-4600-92f2-71b637e561b7	7116ad16-561d-4c7c-8570-b491b8741f65	df7859bf-758a-4e96-81f1-1db4359cf186	answer	答复	fault-drill	u002	\N	\N	\N		\N	\N	638765604000000000	Open	\N	\N	\N	\N	0
fcb2bc05-da2e-4fbe-96b8-29313f7213d8	9f42c218-0d26-4204-a4d3-ef924ddd3dc3	7dbbc78c-3c87-43eb-8c6b-0c15b4e628b9	answer	答复	fault-drill	u003	\N	\N	\N		\N	\N	638765604000000000	Open	\N	\N	\N	\N	0
f4645d3b-7098-48ba-8920-0429431cea08	2ebf3422-c0ad-49e9-b715-64bfe075e72e	aa5a9bc0-a0d9-4e9a-a397-b5f5684aa83c	answer	答复	fault-drill	u004	\N	\N	\N		\N	\N	638765604000000000	Open	\N	\N	\N	\N	0
54fde79d-6aa5-4c38-9c68-477c8bc76e1c	f6532297-a6ab-4265-8926-cb604f847c3b	9bbff5b4-754a-4eba-9c00-85aa18f0f82e	answer	答复	fault-drill	u005	\N	\N	\N		\N	\N	638765604000000000	Open	\N	\N	\N	\N	0
f6d070d3-b32b-4f54-a77b-15fa4204c020	d0dc3d21-ece9-4415-8c74-df938a0faba2	508bef71-4f5c-4272-b966-c49ff00b5969	answer	答复	fault-drill	u006	\N	\N	\N		\N	\N	638765604000000000	Open	\N	\N	\N	\N	0
0a9bda54-7247-4ed2-9aeb-678842ad07de	72c9c59e-9c4a-4300-8126-345971820a5e	1884cf15-894c-4d18-b8fe-8cbe4a4ed539	answer	答复	fault-drill	u007	\N	\N	\N		\N	\N	638765604000000000	Open	\N	\N	\N	\N	0
9d740b16-94fb-4c28-bc1c-e716d5b1da19	04a9ce72-39b9-4672-854d-5cf8096e20d1	f9d5ef63-0b96-44de-b87a-0459cb717101	answer	答复	fault-drill	u008	\N	\N	\N		\N	\N	638765604000000000	Open	\N	\N	\N	\N	0
4b92abc5-0a26-4a28-872c-ff69e95f51dd	6001efa1-8894-4ca0-b5f4-5a1aa57de611	67f3f35e-372b-44cc-9ccf-667564eb300a	answer	答复	fault-drill	u009	\N	\N	\N		\N	\N	638765604000000000	Open	\N	\N	\N	\N	0
656a09e1-bf7e-4237-bb58-d2448b450116	64113533-0abe-44fc-8ada-ddfbfa1b5169	11d5c672-4369-40c0-8269-08371ac997aa	answer	答复	fault-drill	u010	\N	\N	\N		\N	\N	638765604000000000	Open	\N	\N	\N	\N	0
\.


--
-- Name: aggregatedcounter_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.aggregatedcounter_id_seq', 1, false);


--
-- Name: counter_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.counter_id_seq', 39, true);


--
-- Name: hash_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.hash_id_seq', 18, true);


--
-- Name: job_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.job_id_seq', 33, true);


--
-- Name: jobparameter_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.jobparameter_id_seq', 39, true);


--
-- Name: jobqueue_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.jobqueue_id_seq', 13, true);


--
-- Name: list_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.list_id_seq', 1, false);


--
-- Name: set_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.set_id_seq', 25, true);


--
-- Name: state_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.state_id_seq', 59, true);


--
-- Name: AspNetRoleClaims_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."AspNetRoleClaims_Id_seq"', 1, false);


--
-- Name: AspNetUserClaims_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."AspNetUserClaims_Id_seq"', 1, false);


--
-- Name: calendar_corrections_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."calendar_corrections_Id_seq"', 1, false);


--
-- Name: legal_source_versions_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."legal_source_versions_Id_seq"', 6, true);


--
-- Name: notice_template_versions_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."notice_template_versions_Id_seq"', 1, false);


--
-- Name: studio_changes_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."studio_changes_Id_seq"', 1, true);


--
-- Name: wf_history_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."wf_history_Id_seq"', 70, true);


--
-- Name: aggregatedcounter aggregatedcounter_key_key; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.aggregatedcounter
    ADD CONSTRAINT aggregatedcounter_key_key UNIQUE (key);


--
-- Name: aggregatedcounter aggregatedcounter_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.aggregatedcounter
    ADD CONSTRAINT aggregatedcounter_pkey PRIMARY KEY (id);


--
-- Name: counter counter_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.counter
    ADD CONSTRAINT counter_pkey PRIMARY KEY (id);


--
-- Name: hash hash_key_field_key; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.hash
    ADD CONSTRAINT hash_key_field_key UNIQUE (key, field);


--
-- Name: hash hash_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.hash
    ADD CONSTRAINT hash_pkey PRIMARY KEY (id);


--
-- Name: job job_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.job
    ADD CONSTRAINT job_pkey PRIMARY KEY (id);


--
-- Name: jobparameter jobparameter_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.jobparameter
    ADD CONSTRAINT jobparameter_pkey PRIMARY KEY (id);


--
-- Name: jobqueue jobqueue_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.jobqueue
    ADD CONSTRAINT jobqueue_pkey PRIMARY KEY (id);


--
-- Name: list list_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.list
    ADD CONSTRAINT list_pkey PRIMARY KEY (id);


--
-- Name: lock lock_resource_key; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.lock
    ADD CONSTRAINT lock_resource_key UNIQUE (resource);

ALTER TABLE ONLY hangfire.lock REPLICA IDENTITY USING INDEX lock_resource_key;


--
-- Name: schema schema_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.schema
    ADD CONSTRAINT schema_pkey PRIMARY KEY (version);


--
-- Name: server server_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.server
    ADD CONSTRAINT server_pkey PRIMARY KEY (id);


--
-- Name: set set_key_value_key; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.set
    ADD CONSTRAINT set_key_value_key UNIQUE (key, value);


--
-- Name: set set_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.set
    ADD CONSTRAINT set_pkey PRIMARY KEY (id);


--
-- Name: state state_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.state
    ADD CONSTRAINT state_pkey PRIMARY KEY (id);


--
-- Name: AspNetRoleClaims PK_AspNetRoleClaims; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetRoleClaims"
    ADD CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY ("Id");


--
-- Name: AspNetRoles PK_AspNetRoles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetRoles"
    ADD CONSTRAINT "PK_AspNetRoles" PRIMARY KEY ("Id");


--
-- Name: AspNetUserClaims PK_AspNetUserClaims; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserClaims"
    ADD CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY ("Id");


--
-- Name: AspNetUserLogins PK_AspNetUserLogins; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserLogins"
    ADD CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey");


--
-- Name: AspNetUserRoles PK_AspNetUserRoles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserRoles"
    ADD CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId");


--
-- Name: AspNetUserTokens PK_AspNetUserTokens; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserTokens"
    ADD CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name");


--
-- Name: AspNetUsers PK_AspNetUsers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUsers"
    ADD CONSTRAINT "PK_AspNetUsers" PRIMARY KEY ("Id");


--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: annual_reports PK_annual_reports; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.annual_reports
    ADD CONSTRAINT "PK_annual_reports" PRIMARY KEY ("Id");


--
-- Name: assessment_plans PK_assessment_plans; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_plans
    ADD CONSTRAINT "PK_assessment_plans" PRIMARY KEY ("Id");


--
-- Name: calendar_correction_days PK_calendar_correction_days; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_correction_days
    ADD CONSTRAINT "PK_calendar_correction_days" PRIMARY KEY ("CorrectionId", "Date");


--
-- Name: calendar_corrections PK_calendar_corrections; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_corrections
    ADD CONSTRAINT "PK_calendar_corrections" PRIMARY KEY ("Id");


--
-- Name: database_identity PK_database_identity; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.database_identity
    ADD CONSTRAINT "PK_database_identity" PRIMARY KEY ("Id");


--
-- Name: filing_correction_rounds PK_filing_correction_rounds; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.filing_correction_rounds
    ADD CONSTRAINT "PK_filing_correction_rounds" PRIMARY KEY ("Id");


--
-- Name: filing_status_changes PK_filing_status_changes; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.filing_status_changes
    ADD CONSTRAINT "PK_filing_status_changes" PRIMARY KEY ("Id");


--
-- Name: filings PK_filings; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.filings
    ADD CONSTRAINT "PK_filings" PRIMARY KEY ("Id");


--
-- Name: idempotency_records PK_idempotency_records; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idempotency_records
    ADD CONSTRAINT "PK_idempotency_records" PRIMARY KEY ("Endpoint", "Key");


--
-- Name: institution_contact_changes PK_institution_contact_changes; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.institution_contact_changes
    ADD CONSTRAINT "PK_institution_contact_changes" PRIMARY KEY ("Id");


--
-- Name: institutions PK_institutions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.institutions
    ADD CONSTRAINT "PK_institutions" PRIMARY KEY ("Id");


--
-- Name: legal_source_versions PK_legal_source_versions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_source_versions
    ADD CONSTRAINT "PK_legal_source_versions" PRIMARY KEY ("Id");


--
-- Name: notice_template_versions PK_notice_template_versions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notice_template_versions
    ADD CONSTRAINT "PK_notice_template_versions" PRIMARY KEY ("Id");


--
-- Name: notices PK_notices; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notices
    ADD CONSTRAINT "PK_notices" PRIMARY KEY ("Id");


--
-- Name: publicity_objections PK_publicity_objections; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publicity_objections
    ADD CONSTRAINT "PK_publicity_objections" PRIMARY KEY ("Id");


--
-- Name: renewal_applications PK_renewal_applications; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.renewal_applications
    ADD CONSTRAINT "PK_renewal_applications" PRIMARY KEY ("Id");


--
-- Name: scope_change_requests PK_scope_change_requests; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_change_requests
    ADD CONSTRAINT "PK_scope_change_requests" PRIMARY KEY ("Id");


--
-- Name: stored_files PK_stored_files; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stored_files
    ADD CONSTRAINT "PK_stored_files" PRIMARY KEY ("Id");


--
-- Name: studio_changes PK_studio_changes; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.studio_changes
    ADD CONSTRAINT "PK_studio_changes" PRIMARY KEY ("Id");


--
-- Name: supervision_reports PK_supervision_reports; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_reports
    ADD CONSTRAINT "PK_supervision_reports" PRIMARY KEY ("Id");


--
-- Name: wf_definitions PK_wf_definitions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wf_definitions
    ADD CONSTRAINT "PK_wf_definitions" PRIMARY KEY ("Id");


--
-- Name: wf_history PK_wf_history; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wf_history
    ADD CONSTRAINT "PK_wf_history" PRIMARY KEY ("Id");


--
-- Name: wf_incidents PK_wf_incidents; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wf_incidents
    ADD CONSTRAINT "PK_wf_incidents" PRIMARY KEY ("Id");


--
-- Name: wf_instances PK_wf_instances; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wf_instances
    ADD CONSTRAINT "PK_wf_instances" PRIMARY KEY ("Id");


--
-- Name: wf_jobs PK_wf_jobs; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wf_jobs
    ADD CONSTRAINT "PK_wf_jobs" PRIMARY KEY ("Id");


--
-- Name: wf_subscriptions PK_wf_subscriptions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wf_subscriptions
    ADD CONSTRAINT "PK_wf_subscriptions" PRIMARY KEY ("Id");


--
-- Name: wf_tokens PK_wf_tokens; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wf_tokens
    ADD CONSTRAINT "PK_wf_tokens" PRIMARY KEY ("Id");


--
-- Name: wf_user_tasks PK_wf_user_tasks; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wf_user_tasks
    ADD CONSTRAINT "PK_wf_user_tasks" PRIMARY KEY ("Id");


--
-- Name: ix_hangfire_counter_expireat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_counter_expireat ON hangfire.counter USING btree (expireat);


--
-- Name: ix_hangfire_counter_key; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_counter_key ON hangfire.counter USING btree (key);


--
-- Name: ix_hangfire_hash_expireat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_hash_expireat ON hangfire.hash USING btree (expireat);


--
-- Name: ix_hangfire_job_expireat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_job_expireat ON hangfire.job USING btree (expireat);


--
-- Name: ix_hangfire_job_statename; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_job_statename ON hangfire.job USING btree (statename);


--
-- Name: ix_hangfire_job_statename_is_not_null; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_job_statename_is_not_null ON hangfire.job USING btree (statename) INCLUDE (id) WHERE (statename IS NOT NULL);


--
-- Name: ix_hangfire_jobparameter_jobidandname; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobparameter_jobidandname ON hangfire.jobparameter USING btree (jobid, name);


--
-- Name: ix_hangfire_jobqueue_fetchedat_queue_jobid; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobqueue_fetchedat_queue_jobid ON hangfire.jobqueue USING btree (fetchedat NULLS FIRST, queue, jobid);


--
-- Name: ix_hangfire_jobqueue_jobidandqueue; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobqueue_jobidandqueue ON hangfire.jobqueue USING btree (jobid, queue);


--
-- Name: ix_hangfire_jobqueue_queueandfetchedat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobqueue_queueandfetchedat ON hangfire.jobqueue USING btree (queue, fetchedat);


--
-- Name: ix_hangfire_list_expireat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_list_expireat ON hangfire.list USING btree (expireat);


--
-- Name: ix_hangfire_set_expireat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_set_expireat ON hangfire.set USING btree (expireat);


--
-- Name: ix_hangfire_set_key_score; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_set_key_score ON hangfire.set USING btree (key, score);


--
-- Name: ix_hangfire_state_jobid; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_state_jobid ON hangfire.state USING btree (jobid);


--
-- Name: EmailIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "EmailIndex" ON public."AspNetUsers" USING btree ("NormalizedEmail");


--
-- Name: IX_AspNetRoleClaims_RoleId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON public."AspNetRoleClaims" USING btree ("RoleId");


--
-- Name: IX_AspNetUserClaims_UserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUserClaims_UserId" ON public."AspNetUserClaims" USING btree ("UserId");


--
-- Name: IX_AspNetUserLogins_UserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUserLogins_UserId" ON public."AspNetUserLogins" USING btree ("UserId");


--
-- Name: IX_AspNetUserRoles_RoleId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON public."AspNetUserRoles" USING btree ("RoleId");


--
-- Name: IX_annual_reports_FilingId_Year; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_annual_reports_FilingId_Year" ON public.annual_reports USING btree ("FilingId", "Year");


--
-- Name: IX_assessment_plans_FilingId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_assessment_plans_FilingId" ON public.assessment_plans USING btree ("FilingId");


--
-- Name: IX_calendar_corrections_Year_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_calendar_corrections_Year_Id" ON public.calendar_corrections USING btree ("Year", "Id");


--
-- Name: IX_filing_correction_rounds_FilingId_Round; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_filing_correction_rounds_FilingId_Round" ON public.filing_correction_rounds USING btree ("FilingId", "Round");


--
-- Name: IX_filing_status_changes_FilingId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_filing_status_changes_FilingId" ON public.filing_status_changes USING btree ("FilingId");


--
-- Name: IX_filings_InstitutionCode; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_filings_InstitutionCode" ON public.filings USING btree ("InstitutionCode");


--
-- Name: IX_filings_InstitutionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_filings_InstitutionId" ON public.filings USING btree ("InstitutionId");


--
-- Name: IX_institution_contact_changes_InstitutionId_At; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_institution_contact_changes_InstitutionId_At" ON public.institution_contact_changes USING btree ("InstitutionId", "At");


--
-- Name: IX_institutions_CreditCode; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_institutions_CreditCode" ON public.institutions USING btree ("CreditCode");


--
-- Name: IX_legal_source_versions_Code_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_legal_source_versions_Code_Id" ON public.legal_source_versions USING btree ("Code", "Id");


--
-- Name: IX_notice_template_versions_Name_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_notice_template_versions_Name_Id" ON public.notice_template_versions USING btree ("Name", "Id");


--
-- Name: IX_notices_InstanceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_notices_InstanceId" ON public.notices USING btree ("InstanceId");


--
-- Name: IX_notices_InstitutionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_notices_InstitutionId" ON public.notices USING btree ("InstitutionId");


--
-- Name: IX_notices_MessageId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_notices_MessageId" ON public.notices USING btree ("MessageId");


--
-- Name: IX_notices_Status_NextAttemptAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_notices_Status_NextAttemptAt" ON public.notices USING btree ("Status", "NextAttemptAt");


--
-- Name: IX_notices_Template_QueuedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_notices_Template_QueuedAt" ON public.notices USING btree ("Template", "QueuedAt");


--
-- Name: IX_publicity_objections_PlanId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_publicity_objections_PlanId" ON public.publicity_objections USING btree ("PlanId");


--
-- Name: IX_renewal_applications_FilingId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_renewal_applications_FilingId" ON public.renewal_applications USING btree ("FilingId");


--
-- Name: IX_scope_change_requests_FilingId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_scope_change_requests_FilingId" ON public.scope_change_requests USING btree ("FilingId");


--
-- Name: IX_stored_files_FilingId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_stored_files_FilingId" ON public.stored_files USING btree ("FilingId");


--
-- Name: IX_stored_files_InstitutionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_stored_files_InstitutionId" ON public.stored_files USING btree ("InstitutionId");


--
-- Name: IX_stored_files_ObjectionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_stored_files_ObjectionId" ON public.stored_files USING btree ("ObjectionId");


--
-- Name: IX_stored_files_PlanId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_stored_files_PlanId" ON public.stored_files USING btree ("PlanId");


--
-- Name: IX_studio_changes_Kind_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_studio_changes_Kind_Id" ON public.studio_changes USING btree ("Kind", "Id");


--
-- Name: IX_studio_changes_Kind_Target_Version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_studio_changes_Kind_Target_Version" ON public.studio_changes USING btree ("Kind", "Target", "Version");


--
-- Name: IX_supervision_reports_PlanId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_supervision_reports_PlanId" ON public.supervision_reports USING btree ("PlanId");


--
-- Name: IX_wf_definitions_Key_Hash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_definitions_Key_Hash" ON public.wf_definitions USING btree ("Key", "Hash");


--
-- Name: IX_wf_definitions_Key_Version; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_wf_definitions_Key_Version" ON public.wf_definitions USING btree ("Key", "Version");


--
-- Name: IX_wf_history_InstanceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_history_InstanceId" ON public.wf_history USING btree ("InstanceId");


--
-- Name: IX_wf_incidents_InstanceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_incidents_InstanceId" ON public.wf_incidents USING btree ("InstanceId");


--
-- Name: IX_wf_instances_BusinessKey; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_instances_BusinessKey" ON public.wf_instances USING btree ("BusinessKey");


--
-- Name: IX_wf_instances_DefinitionKey_Status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_instances_DefinitionKey_Status" ON public.wf_instances USING btree ("DefinitionKey", "Status");


--
-- Name: IX_wf_instances_StartedAt_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_instances_StartedAt_Id" ON public.wf_instances USING btree ("StartedAt" DESC, "Id");


--
-- Name: IX_wf_jobs_InstanceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_jobs_InstanceId" ON public.wf_jobs USING btree ("InstanceId");


--
-- Name: IX_wf_jobs_Suspended_DueAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_jobs_Suspended_DueAt" ON public.wf_jobs USING btree ("Suspended", "DueAt");


--
-- Name: IX_wf_subscriptions_InstanceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_subscriptions_InstanceId" ON public.wf_subscriptions USING btree ("InstanceId");


--
-- Name: IX_wf_subscriptions_MessageName_CorrelationKey; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_subscriptions_MessageName_CorrelationKey" ON public.wf_subscriptions USING btree ("MessageName", "CorrelationKey");


--
-- Name: IX_wf_tokens_InstanceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_tokens_InstanceId" ON public.wf_tokens USING btree ("InstanceId");


--
-- Name: IX_wf_user_tasks_InstanceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_user_tasks_InstanceId" ON public.wf_user_tasks USING btree ("InstanceId");


--
-- Name: IX_wf_user_tasks_Status_CandidateRole; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_wf_user_tasks_Status_CandidateRole" ON public.wf_user_tasks USING btree ("Status", "CandidateRole");


--
-- Name: RoleNameIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "RoleNameIndex" ON public."AspNetRoles" USING btree ("NormalizedName");


--
-- Name: UserNameIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "UserNameIndex" ON public."AspNetUsers" USING btree ("NormalizedUserName");


--
-- Name: jobparameter jobparameter_jobid_fkey; Type: FK CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.jobparameter
    ADD CONSTRAINT jobparameter_jobid_fkey FOREIGN KEY (jobid) REFERENCES hangfire.job(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: state state_jobid_fkey; Type: FK CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.state
    ADD CONSTRAINT state_jobid_fkey FOREIGN KEY (jobid) REFERENCES hangfire.job(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: AspNetRoleClaims FK_AspNetRoleClaims_AspNetRoles_RoleId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetRoleClaims"
    ADD CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES public."AspNetRoles"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserClaims FK_AspNetUserClaims_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserClaims"
    ADD CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserLogins FK_AspNetUserLogins_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserLogins"
    ADD CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserRoles FK_AspNetUserRoles_AspNetRoles_RoleId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserRoles"
    ADD CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES public."AspNetRoles"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserRoles FK_AspNetUserRoles_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserRoles"
    ADD CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserTokens FK_AspNetUserTokens_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserTokens"
    ADD CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: annual_reports FK_annual_reports_filings_FilingId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.annual_reports
    ADD CONSTRAINT "FK_annual_reports_filings_FilingId" FOREIGN KEY ("FilingId") REFERENCES public.filings("Id") ON DELETE CASCADE;


--
-- Name: assessment_plans FK_assessment_plans_filings_FilingId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_plans
    ADD CONSTRAINT "FK_assessment_plans_filings_FilingId" FOREIGN KEY ("FilingId") REFERENCES public.filings("Id") ON DELETE CASCADE;


--
-- Name: calendar_correction_days FK_calendar_correction_days_calendar_corrections_CorrectionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_correction_days
    ADD CONSTRAINT "FK_calendar_correction_days_calendar_corrections_CorrectionId" FOREIGN KEY ("CorrectionId") REFERENCES public.calendar_corrections("Id") ON DELETE CASCADE;


--
-- Name: filing_correction_rounds FK_filing_correction_rounds_filings_FilingId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.filing_correction_rounds
    ADD CONSTRAINT "FK_filing_correction_rounds_filings_FilingId" FOREIGN KEY ("FilingId") REFERENCES public.filings("Id") ON DELETE CASCADE;


--
-- Name: filing_status_changes FK_filing_status_changes_filings_FilingId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.filing_status_changes
    ADD CONSTRAINT "FK_filing_status_changes_filings_FilingId" FOREIGN KEY ("FilingId") REFERENCES public.filings("Id") ON DELETE CASCADE;


--
-- Name: filings FK_filings_institutions_InstitutionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.filings
    ADD CONSTRAINT "FK_filings_institutions_InstitutionId" FOREIGN KEY ("InstitutionId") REFERENCES public.institutions("Id") ON DELETE CASCADE;


--
-- Name: institution_contact_changes FK_institution_contact_changes_institutions_InstitutionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.institution_contact_changes
    ADD CONSTRAINT "FK_institution_contact_changes_institutions_InstitutionId" FOREIGN KEY ("InstitutionId") REFERENCES public.institutions("Id") ON DELETE CASCADE;


--
-- Name: publicity_objections FK_publicity_objections_assessment_plans_PlanId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publicity_objections
    ADD CONSTRAINT "FK_publicity_objections_assessment_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES public.assessment_plans("Id") ON DELETE CASCADE;


--
-- Name: renewal_applications FK_renewal_applications_filings_FilingId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.renewal_applications
    ADD CONSTRAINT "FK_renewal_applications_filings_FilingId" FOREIGN KEY ("FilingId") REFERENCES public.filings("Id") ON DELETE CASCADE;


--
-- Name: scope_change_requests FK_scope_change_requests_filings_FilingId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_change_requests
    ADD CONSTRAINT "FK_scope_change_requests_filings_FilingId" FOREIGN KEY ("FilingId") REFERENCES public.filings("Id") ON DELETE CASCADE;


--
-- Name: stored_files FK_stored_files_institutions_InstitutionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stored_files
    ADD CONSTRAINT "FK_stored_files_institutions_InstitutionId" FOREIGN KEY ("InstitutionId") REFERENCES public.institutions("Id") ON DELETE CASCADE;


--
-- Name: supervision_reports FK_supervision_reports_assessment_plans_PlanId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_reports
    ADD CONSTRAINT "FK_supervision_reports_assessment_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES public.assessment_plans("Id") ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict hrI2mc3HqtcgyQDcGxAlE7BdqjvUCBxzTV37dzCHjE7BvmygKUkJgTEQFxti8f0

