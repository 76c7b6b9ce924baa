"""pytest plugin for the vendored ceph/s3-tests run against the stand-in (`-p jss_conformance`).

It selects the cases in the areas the stand-in's README claims (buckets, objects, ranges,
conditional requests, multipart, listing, copy, headers, DeleteObjects) and adapts the suite's
fixtures to what the stand-in is, without editing the vendored files.
"""

import re

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
    r'|ownership|notification|lambda|amz_expires|bucketv2|access|sig|signature)(?=_|$)'
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
