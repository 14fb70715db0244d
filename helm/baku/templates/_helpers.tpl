{{/* Names and labels shared by every template. */}}

{{- define "baku.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release name + chart name, unless the release name already contains it. */}}
{{- define "baku.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "baku.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "baku.selectorLabels" -}}
app.kubernetes.io/name: {{ include "baku.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "baku.labels" -}}
helm.sh/chart: {{ include "baku.chart" . }}
{{ include "baku.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: baku
{{- end }}

{{- define "baku.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "baku.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret the pods read sensitive settings from: the operator's or the chart's. */}}
{{- define "baku.secretName" -}}
{{- default (include "baku.fullname" .) .Values.existingSecret }}
{{- end }}

{{/* "true" when more than one pod may run at once: shared state must then live outside the pod. */}}
{{- define "baku.multiReplica" -}}
{{- if or .Values.autoscaling.enabled (gt (int .Values.replicaCount) 1) }}true{{ end }}
{{- end }}

{{/* Sticky-session flavour: nginx, traefik or none. */}}
{{- define "baku.affinity" -}}
{{- if .Values.ingress.affinity }}
{{- .Values.ingress.affinity }}
{{- else if contains "traefik" (lower .Values.ingress.className) }}traefik
{{- else if contains "nginx" (lower .Values.ingress.className) }}nginx
{{- else }}none
{{- end }}
{{- end }}

{{- define "baku.ingressHost" -}}
{{- default (urlParse .Values.baseUrl).hostname .Values.ingress.host }}
{{- end }}

{{/* The attachment claim: the operator's or the chart's. */}}
{{- define "baku.claimName" -}}
{{- default (printf "%s-attachments" (include "baku.fullname" .)) .Values.storage.filesystem.existingClaim }}
{{- end }}

{{/*
Settings that depend on each other, checked before anything renders. values.schema.json checks
types and the shape of each value; these rules need several values at once or a clearer message.
*/}}
{{- define "baku.validate" -}}
{{- $multi := include "baku.multiReplica" . }}
{{- if not .Values.baseUrl }}
{{- fail "baseUrl is required: the address people reach Baku at, e.g. --set baseUrl=https://baku.example.go.id" }}
{{- end }}
{{- if not (or .Values.database.url (and .Values.existingSecret .Values.existingSecretKeys.databaseUrl)) }}
{{- fail "database.url is required: the JDBC URL of the MySQL 8 database, e.g. jdbc:mysql://mysql:3306/baku?useSSL=true&characterEncoding=UTF-8&connectionTimeZone=UTC (or existingSecret with existingSecretKeys.databaseUrl)" }}
{{- end }}
{{- if and (not .Values.existingSecret) (not (and .Values.database.username .Values.database.password)) }}
{{- fail "database.username and database.password are required (or existingSecret holding them)" }}
{{- end }}
{{- if and $multi (not .Values.existingSecret) (not .Values.saml.keySecret) }}
{{- fail "saml.keySecret is required with more than one replica or with autoscaling: every replica must decrypt the same SAML keys (set it, or existingSecret with existingSecretKeys.samlKeySecret)" }}
{{- end }}
{{- if eq .Values.storage.type "s3" }}
{{- with .Values.storage.s3 }}
{{- if not (and .endpoint .region .bucket) }}
{{- fail "storage.type s3 needs storage.s3.endpoint, storage.s3.region and storage.s3.bucket" }}
{{- end }}
{{- end }}
{{- if and (not $.Values.existingSecret) (not (and .Values.storage.s3.accessKey .Values.storage.s3.secretKey)) }}
{{- fail "storage.type s3 needs storage.s3.accessKey and storage.s3.secretKey (or existingSecret holding them)" }}
{{- end }}
{{- else if and $multi (ne .Values.storage.filesystem.accessMode "ReadWriteMany") }}
{{- fail "storage.type filesystem with more than one replica or with autoscaling needs a ReadWriteMany volume: every pod must see every attachment. Set storage.filesystem.accessMode=ReadWriteMany (with a StorageClass or existingClaim that provides it) or use storage.type=s3" }}
{{- end }}
{{- if and .Values.podDisruptionBudget.minAvailable .Values.podDisruptionBudget.maxUnavailable }}
{{- fail "podDisruptionBudget: set minAvailable or maxUnavailable, not both" }}
{{- end }}
{{- if and .Values.ingress.enabled (not (include "baku.ingressHost" .)) }}
{{- fail "ingress.host is empty and baseUrl has no host to take it from" }}
{{- end }}
{{- if lt (int .Values.terminationGracePeriodSeconds) (add (int .Values.preStopSleepSeconds) 35 | int) }}
{{- fail "terminationGracePeriodSeconds must be at least preStopSleepSeconds + 35: Spring Boot needs up to 30 s to finish requests in flight after the preStop sleep" }}
{{- end }}
{{- if and .Values.mail.enabled (not .Values.mail.host) }}
{{- fail "mail.enabled needs mail.host" }}
{{- end }}
{{- end }}

{{/*
Sensitive settings the chart's Secret holds, by name (the same names as in existingSecretKeys);
empty ones are left out. Its keys are these names in kebab case, e.g. database-password.
*/}}
{{- define "baku.secretValues" -}}
{{- $v := .Values }}
{{- $all := dict "databaseUsername" $v.database.username "databasePassword" $v.database.password "adminPassword" $v.adminPassword "samlKeySecret" $v.saml.keySecret }}
{{- if eq $v.storage.type "s3" }}
{{- $_ := set $all "s3AccessKey" $v.storage.s3.accessKey }}
{{- $_ := set $all "s3SecretKey" $v.storage.s3.secretKey }}
{{- end }}
{{- if $v.mail.enabled }}
{{- $_ := set $all "mailPassword" $v.mail.password }}
{{- end }}
{{- $set := dict }}
{{- range $name, $value := $all }}
{{- if $value }}
{{- $_ := set $set $name $value }}
{{- end }}
{{- end }}
{{- toJson $set }}
{{- end }}

{{/*
One environment variable from the Secret. Arguments: ctx (the root context), env (the variable),
name (the setting's name in existingSecretKeys), required (false: the key may be missing from an
existingSecret).
*/}}
{{- define "baku.secretEnv" -}}
{{- $ctx := .ctx }}
{{- if $ctx.Values.existingSecret }}
{{- with index $ctx.Values.existingSecretKeys .name }}
- name: {{ $.env }}
  valueFrom:
    secretKeyRef:
      name: {{ $ctx.Values.existingSecret }}
      key: {{ . }}
      {{- if not $.required }}
      optional: true
      {{- end }}
{{- end }}
{{- else if hasKey (include "baku.secretValues" $ctx | fromJson) .name }}
- name: {{ .env }}
  valueFrom:
    secretKeyRef:
      name: {{ include "baku.fullname" $ctx }}
      key: {{ .name | kebabcase }}
{{- end }}
{{- end }}

{{/* The container's environment variables from the Secret. */}}
{{- define "baku.secretEnvs" -}}
{{- $wanted := list
  (list "SPRING_DATASOURCE_URL" "databaseUrl" true)
  (list "SPRING_DATASOURCE_USERNAME" "databaseUsername" true)
  (list "SPRING_DATASOURCE_PASSWORD" "databasePassword" true)
  (list "BAKU_ADMIN_PASSWORD" "adminPassword" false)
  (list "BAKU_SAML_KEY_SECRET" "samlKeySecret" (eq (include "baku.multiReplica" .) "true")) }}
{{- if eq .Values.storage.type "s3" }}
{{- $wanted = concat $wanted (list (list "BAKU_STORAGE_S3_ACCESS_KEY" "s3AccessKey" true) (list "BAKU_STORAGE_S3_SECRET_KEY" "s3SecretKey" true)) }}
{{- end }}
{{- if .Values.mail.enabled }}
{{- $wanted = append $wanted (list "SPRING_MAIL_PASSWORD" "mailPassword" false) }}
{{- end }}
{{- range $wanted }}
{{- include "baku.secretEnv" (dict "ctx" $ "env" (index . 0) "name" (index . 1) "required" (index . 2)) }}
{{- end }}
{{- end }}
