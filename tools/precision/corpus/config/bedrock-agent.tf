resource "aws_bedrockagent_agent" "helper" {
  agent_name       = "helper"
  foundation_model = "eu.anthropic.claude-sonnet-4-6" # expect: no-region-unavailable-model-id
}

resource "aws_bedrockagent_agent" "helper_us" {
  agent_name       = "helper-us"
  foundation_model = "us.anthropic.claude-sonnet-4-6" # expect: none
}

data "aws_iam_policy_document" "invoke" {
  statement {
    actions = ["bedrock:InvokeModel"]
    resources = [
      "arn:aws:bedrock:*::foundation-model/amazon.nova-pro-v1", # expect: no-unknown-model-id
      "arn:aws:bedrock:${var.region}::foundation-model/anthropic.claude-sonnet-4-6", # expect: none
      "arn:aws:bedrock:${var.region}:${data.aws_caller_identity.current.account_id}:inference-profile/us.anthropic.claude-sonnet-4-6", # expect: none
    ]
  }
}
