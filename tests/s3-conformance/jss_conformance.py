"""pytest plugin for the vendored ceph/s3-tests run against the stand-in (`-p jss_conformance`).

It selects the cases in the areas the stand-in's README claims (buckets, objects, ranges,
conditional requests, multipart, listing, copy, headers, DeleteObjects) and adapts the suite's
fixtures to what the stand-in is, without editing the vendored files.
"""

import re

import botocore.config
import botocore.loaders

import s3tests.functional as fixtures

# Features the stand-in does not emulate (its README: every such request answers NotImplemented).
# A case carrying one of these markers, or whose name has one of these words, is not selected.
UNCLAIMED_MARKERS = {
    'abac_test', 'appendobject', 'auth_aws2', 'bucket_encryption', 'bucket_logging', 'bucket_logging_cleanup',
    'bucket_policy', 'checksum', 'cloud_restore', 'cloud_transition', 'delete_marker', 'encryption',
    'group', 'group_policy', 'iam_account', 'iam_cross_account', 'iam_role', 'iam_tenant',
    'iam_user', 'lifecycle', 'lifecycle_expiration', 'lifecycle_transition', 'object_lock', 'object_ownership',
    'role_policy', 's3select', 's3website', 's3website_redirect_location', 's3website_routing_rules',
    'session_policy', 'sns', 'sse_s3', 'storage_class', 'tagging', 'test_of_sts', 'user_policy', 'versioning',
    'webidentity_test',
}
UNCLAIMED_WORDS = re.compile(
    r'(?:^|_)(?:acl|acls|policy|policies|logging|lifecycle|encryption|encrypted|sse|kms|versioning|versioned'
    r'|versions|version|lock|retention|legal|tagging|tags|tag|cors|website|post|presigned|anon|anonymous|public'
    r'|unauthenticated|auth|account|tenant|iam|sts|torrent|restore|cloud|select|checksum|storage|append'
    r'|ownership|notification|lambda|amz_expires|bucketv2|access|sig|signature|attributes|owner|owned|current'
    # rgw's unordered listing; conditional DeleteObject(s), which the stand-in does not emulate.
    r'|unordered|delete_objects?_if_match\w*)(?=_|$)'
)


def pytest_collection_modifyitems(config, items):
    selected, deselected = [], []
    for item in items:
        markers = {mark.name for mark in item.iter_markers()}
        if markers & UNCLAIMED_MARKERS or UNCLAIMED_WORDS.search(item.name):
            deselected.append(item)
        else:
            selected.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


def list_versions(client, bucket, batch_size):
    """The suite's cleanup lists object versions; the stand-in keeps none (ListObjectVersions is
    NotImplemented), so its objects are listed with ListObjectsV2 instead."""
    kwargs = {'Bucket': bucket, 'MaxKeys': batch_size}
    while True:
        listing = client.list_objects_v2(**kwargs)
        objects = [{'Key': o['Key']} for o in listing.get('Contents', [])]
        if objects:
            yield objects
        if not listing['IsTruncated']:
            return
        kwargs['ContinuationToken'] = listing['NextContinuationToken']


fixtures.list_versions = list_versions

_nuke_bucket = fixtures.nuke_bucket


def nuke_bucket(client, bucket):
    """JSS refuses to delete a bucket with multipart uploads in progress (BucketNotEmpty, the
    catalog's multipart variant) where S3 drops them, so the cleanup aborts them first."""
    for upload in client.list_multipart_uploads(Bucket=bucket).get('Uploads', []):
        client.abort_multipart_upload(Bucket=bucket, Key=upload['Key'], UploadId=upload['UploadId'])
    _nuke_bucket(client, bucket)


fixtures.nuke_bucket = nuke_bucket


class Config(botocore.config.Config):
    """Debian's botocore (1.29) predates `request_checksum_calculation` (1.36), which the suite
    sets to 'when_required': what 1.29 always does, so the option is dropped."""

    def __init__(self, *args, **kwargs):
        if kwargs.get('request_checksum_calculation') == 'when_required':
            del kwargs['request_checksum_calculation']
        super().__init__(*args, **kwargs)


botocore.config.Config = Config


# Conditional writes (2024) came to botocore after Debian's 1.29: the suite's `IfMatch=`/`IfNoneMatch=`
# on PutObject and CompleteMultipartUpload are added to its S3 model, as the newer model has them.
CONDITIONAL_WRITE_MEMBERS = {
    'IfMatch': {'shape': 'IfMatch', 'location': 'header', 'locationName': 'If-Match'},
    'IfNoneMatch': {'shape': 'IfNoneMatch', 'location': 'header', 'locationName': 'If-None-Match'},
}
_load_service_model = botocore.loaders.Loader.load_service_model


def load_service_model(self, service_name, type_name, api_version=None):
    model = _load_service_model(self, service_name, type_name, api_version)
    if service_name == 's3' and type_name == 'service-2':
        for shape in ('PutObjectRequest', 'CompleteMultipartUploadRequest'):
            model['shapes'][shape]['members'].update(CONDITIONAL_WRITE_MEMBERS)
    return model


botocore.loaders.Loader.load_service_model = load_service_model
